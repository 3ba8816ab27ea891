use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_kinesis_stream` keeps its records for at least 168 hours (7 days):
    /// `retention_period` at least 168. Unset, Kinesis keeps them 24 hours (AWS default), which
    /// fails. A value known only at apply gives Unknown. Off by default (medium): run it with
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// A consumer that falls behind or fails over a weekend loses the records that expired in
    /// the meantime; a longer retention leaves time to recover and replay.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_kinesis_stream" "events" {
    ///   name = "events"
    /// }
    /// ```
    ///
    /// ## Fix
    /// ```hcl
    /// retention_period = 168
    /// ```
    pub struct RetentionShort {
        id: "AWS-KIN-003",
        slug: "kinesis-retention-short",
        service: "kinesis",
        category: "resilience",
        severity: Medium,
        title: "Kinesis stream retention below 7 days",
        types: ["aws_kinesis_stream"],
        default_enabled: false,
        covers: [Fsbp "Kinesis.3"],
        check: Spec::all(&[attr("retention_period", AtLeast(168.0)).default(Num(24.0)).risk("records expire before a stalled consumer can catch up")]),
    }
}
