pub mod job_privileged;
