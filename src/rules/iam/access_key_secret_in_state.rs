use crate::rules::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `aws_iam_access_key` sets `pgp_key` (a PGP public key or `keybase:` user), so that
    /// Terraform stores only the encrypted secret. Unset, the secret access key is written in
    /// plain text to the Terraform state: it fails. A `pgp_key` taken from another resource
    /// counts as set. Off by default (medium): it runs under
    /// `--profile strict`.
    ///
    /// ## Why it matters
    /// Everyone who can read the state — the backend bucket, CI logs, every operator — holds a
    /// working credential of the user, valid until someone rotates it.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_iam_access_key" "ci" {
    ///   user = aws_iam_user.ci.name
    /// }
    /// ```
    ///
    /// ## Fix
    /// Prefer a role (OIDC federation for CI). If a key is unavoidable:
    /// ```hcl
    /// resource "aws_iam_access_key" "ci" {
    ///   user    = aws_iam_user.ci.name
    ///   pgp_key = "keybase:ops_team"
    /// }
    /// ```
    pub struct AccessKeySecretInState {
        id: "AWS-IAM-017",
        slug: "access-key-secret-in-state",
        service: "iam",
        category: "secrets",
        severity: Medium,
        title: "Access key created by Terraform without pgp_key: secret in state",
        types: ["aws_iam_access_key"],
        default_enabled: false,
        check: Spec::all(&[attr("pgp_key", Set).risk("the secret access key lands in the state in plain text")]),
    }
}
