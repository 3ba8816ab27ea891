pub mod agent_without_guardrail;
