use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_opensearch_domain` applies service software updates on its own:
    /// `software_update_options.auto_software_update_enabled = true`. Unset, it is false (the
    /// provider and OpenSearch Service default): Fail. A value unknown until apply gives Unknown. Off
    /// by default (low severity): it runs under `--profile strict`.
    ///
    /// ## Why it matters
    /// Service software updates carry security fixes; without automatic updates they wait, possibly
    /// until AWS forces them outside your off-peak window.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_opensearch_domain" "search" {
    ///   domain_name = "search"
    /// }
    /// ```
    ///
    /// ## Fix
    /// Add `software_update_options { auto_software_update_enabled = true }` and an
    /// `off_peak_window_options` block.
    pub struct SoftwareUpdatesOff {
        id: "AWS-OS-013",
        slug: "opensearch-software-updates-off",
        service: "opensearch",
        category: "maintenance",
        severity: Low,
        title: "OpenSearch automatic software updates off",
        types: ["aws_opensearch_domain"],
        default_enabled: false,
        covers: [Fsbp "Opensearch.10"],
        check: Spec::all(&[attr("software_update_options.0.auto_software_update_enabled", Is(Bool(true))).default(Bool(false)).risk("service software fixes wait for someone to apply them")]),
    }
}
