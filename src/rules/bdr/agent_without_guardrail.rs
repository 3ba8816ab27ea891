use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_bedrockagent_agent` has a `guardrail_configuration` with a
    /// `guardrail_identifier` (a guardrail of the plan counts). Unset, the agent has no
    /// guardrail: it fails. A value known only at apply is Unknown. Off by default (medium
    /// severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// A guardrail filters harmful content, denied topics, sensitive information and prompt
    /// attacks in the agent's input and output; without one, the agent answers (and acts on)
    /// whatever it is told.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_bedrockagent_agent" "support" {
    ///   agent_name              = "support"
    ///   agent_resource_role_arn = aws_iam_role.agent.arn
    ///   foundation_model        = "anthropic.claude-v2"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// guardrail_configuration {
    ///   guardrail_identifier = aws_bedrock_guardrail.support.guardrail_id
    ///   guardrail_version    = aws_bedrock_guardrail.support.version
    /// }
    /// ```
    pub struct AgentWithoutGuardrail {
        id: "AWS-BDR-001",
        slug: "bedrock-agent-without-guardrail",
        service: "bedrock",
        category: "data-protection",
        severity: Medium,
        title: "Bedrock agent without guardrail",
        types: ["aws_bedrockagent_agent"],
        default_enabled: false,
        covers: [Checkov "CKV_AWS_383"],
        check: Spec::all(&[attr("guardrail_configuration.0.guardrail_identifier", Set)
            .risk("the agent's input and output are not filtered")]),
    }
}
