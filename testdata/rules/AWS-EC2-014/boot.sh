#!/bin/bash
systemctl enable --now app
