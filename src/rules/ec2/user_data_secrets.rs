use std::collections::BTreeSet;

use crate::model::{Eff, Leaf, Resource, Val};
use crate::rules::cw::cwagent_alarm_without_agent::base64_decode;
use crate::rules::{declare_rule, unknown_reason, Cx, Rule, RuleMeta, Status};

declare_rule! {
    /// ## What it checks
    /// The user data of `aws_instance` (`user_data`, `user_data_base64`), `aws_launch_template`
    /// and `aws_launch_configuration` must carry no credentials: an AWS access key ID
    /// (`AKIA…`/`ASIA…`), a 40-character secret assigned to an `aws_secret_access_key`-style
    /// name, a private key (`-----BEGIN … PRIVATE KEY-----`, or a PGP `PRIVATE KEY BLOCK`), or a
    /// `password=`/`PASSWORD:`
    /// assignment of a literal (a `$VAR` or `${…}` reference is not a literal). The message
    /// names the kind of secret and its line in the (decoded) user data, never the value.
    ///
    /// The plan stores `aws_instance.user_data` and `aws_launch_configuration.user_data` only
    /// as a SHA-1 hash, so the text is read from the configuration: a literal, or a variable's
    /// value (through modules too). A variable's value is taken as the whole user data only
    /// when its hash is the plan's; otherwise it can still fail, but not pass.
    /// `user_data_base64` and a launch template's `user_data` are base64 in the plan and are
    /// decoded. User data the plan cannot show (a `file()` or `templatefile()` result on an
    /// instance, a value known only at apply) is Unknown, with the reason; so is gzip-compressed
    /// user data (`base64gzip`), which tfaudit does not unpack. A resource without user data is
    /// not judged.
    ///
    /// ## Why it matters
    /// User data is readable by anyone allowed `ec2:DescribeInstanceAttribute` or
    /// `ec2:DescribeLaunchTemplateVersions`, by every process on the instance through the
    /// metadata service, and it lands in the Terraform state in the clear.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami           = "ami-0abcdef1234567890"
    ///   instance_type = "t3.micro"
    ///   user_data     = <<-EOT
    ///     #!/bin/bash
    ///     export AWS_ACCESS_KEY_ID=AKIAEXAMPLEEXAMPLE12
    ///   EOT
    /// }
    /// ```
    ///
    /// ## Fix
    /// Give the instance an instance profile (its role's credentials come from the metadata
    /// service) and fetch other secrets at boot from Secrets Manager or SSM Parameter Store:
    /// ```hcl
    /// resource "aws_instance" "web" {
    ///   ami                  = "ami-0abcdef1234567890"
    ///   instance_type        = "t3.micro"
    ///   iam_instance_profile = aws_iam_instance_profile.web.name
    ///   user_data            = <<-EOT
    ///     #!/bin/bash
    ///     DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)
    ///   EOT
    /// }
    /// ```
    pub struct UserDataSecrets {
        id: "AWS-EC2-014",
        slug: "ec2-user-data-secrets",
        service: "ec2",
        category: "secrets",
        severity: Critical,
        title: "Credentials or private keys in user data",
        types: ["aws_instance", "aws_launch_template", "aws_launch_configuration"],
        default_enabled: true,
        covers: [
            Checkov "CKV_AWS_46" in ["aws_instance"],
            Trivy "AVD-AWS-0029" in ["aws_instance"],
            Trivy "AVD-AWS-0129" in ["aws_launch_template"],
            Trivy "AVD-AWS-0122" in ["aws_launch_configuration"],
            Kics "hardcoded_aws_access_key" in ["aws_instance"],
            Kics "ec2_instance_using_api_keys" in ["aws_instance"],
            Kics "user_data_contains_encoded_private_key" in ["aws_launch_configuration"],
        ],
    }
}

/// The secrets found in a text: (1-based line, kind). Values are never kept.
pub fn scan(text: &str) -> BTreeSet<(usize, &'static str)> {
    let mut found = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        for kind in line_secrets(line) {
            found.insert((i + 1, kind));
        }
    }
    found
}

fn line_secrets(line: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    if has_access_key_id(line) {
        out.push("an AWS access key ID");
    }
    let lower = line.to_ascii_lowercase();
    let squashed: String = lower.chars().filter(|c| *c != '_' && *c != '-').collect();
    if squashed.contains("secretaccesskey") && has_run(line, 40) {
        out.push("an AWS secret access key");
    }
    if line.contains("-----BEGIN ")
        && (line.contains("PRIVATE KEY-----") || line.contains("PRIVATE KEY BLOCK-----"))
    {
        out.push("a private key");
    }
    if password_literal(&lower) {
        out.push("a password");
    }
    out
}

fn has_access_key_id(line: &str) -> bool {
    let b = line.as_bytes();
    (0..b.len()).any(|i| {
        (b[i..].starts_with(b"AKIA") || b[i..].starts_with(b"ASIA"))
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.len() >= i + 20
            && b[i + 4..i + 20]
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && b.get(i + 20).is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// A run of exactly `n` secret-key characters.
fn has_run(line: &str, n: usize) -> bool {
    line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '+'))
        .any(|t| t.len() == n)
}

/// `password=value`, `DB_PASSWORD: "value"`, … with a literal, non-empty value.
fn password_literal(lower: &str) -> bool {
    let mut rest = lower;
    while let Some(p) = ["password", "passwd"]
        .iter()
        .filter_map(|k| rest.find(k).map(|i| (i, k.len())))
        .min()
    {
        let after =
            rest[p.0 + p.1..].trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
        rest = &rest[p.0 + p.1..];
        let after = after.trim_start_matches(['"', '\'', ' ', '\t']);
        let Some(value) = after
            .strip_prefix(":=")
            .or_else(|| after.strip_prefix('='))
            .or_else(|| after.strip_prefix(':'))
        else {
            continue;
        };
        let value = value.trim_start_matches([' ', '\t', '"', '\'']);
        let value = value
            .split(|c: char| c.is_whitespace() || c == '"' || c == '\'')
            .next()
            .unwrap_or("");
        if !value.is_empty()
            && !value.starts_with('$')
            && !value.starts_with("{{")
            && !value.starts_with('=')
        {
            return true;
        }
    }
    false
}

/// What an environment variable `name = value` (a container's or a build's) holds, never the
/// value itself: the credentials [`scan`] finds in the value, else a secret by its name
/// ([`secret_name`]) when the value is a literal that is not a reference to where the secret
/// is kept. None when the value is empty.
pub fn env_secret(name: &str, value: &str) -> Option<&'static str> {
    if value.trim().is_empty() {
        return None;
    }
    if let Some((_, kind)) = scan(value).into_iter().next() {
        return Some(kind);
    }
    let v = value.trim();
    let reference = v.starts_with("arn:")
        || v.starts_with('$')
        || v.starts_with("{{")
        || v.starts_with("ssm:")
        || v.starts_with("secretsmanager:")
        || v.parse::<f64>().is_ok()
        || matches!(
            v.to_ascii_lowercase().as_str(),
            "true" | "false" | "none" | "null"
        );
    (!reference).then(|| secret_name(name)).flatten()
}

/// Whether a variable's name says it holds a secret (`DB_PASSWORD`, `API_TOKEN`,
/// `AWS_SECRET_ACCESS_KEY`), as opposed to where one is kept or how it is used
/// (`SECRET_ARN`, `TOKEN_TTL`, `PASSWORD_MIN_LENGTH`).
pub fn secret_name(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let squashed: String = words.concat();
    // AWS's own credential variables, whatever follows them.
    let aws = [
        ("secretaccesskey", "an AWS secret access key"),
        ("accesskeyid", "an AWS access key ID"),
        ("sessiontoken", "an AWS session token"),
        ("engineauthdata", "registry credentials"),
    ];
    if let Some((_, kind)) = aws.iter().find(|(w, _)| squashed.contains(w)) {
        return Some(kind);
    }
    const NOT_THE_SECRET: &[&str] = &[
        "arn",
        "name",
        "id",
        "path",
        "file",
        "url",
        "uri",
        "ttl",
        "region",
        "endpoint",
        "expiry",
        "expiration",
        "length",
        "len",
        "enabled",
        "enable",
        "type",
        "header",
        "param",
        "parameter",
        "policy",
        "rotation",
        "version",
        "timeout",
        "duration",
        "mode",
    ];
    if words.last().is_some_and(|w| NOT_THE_SECRET.contains(w)) {
        return None;
    }
    // A word (or two adjacent words, `API_KEY`) that is or ends with the term: `DB_PASSWORD`,
    // `AUTHTOKEN`, `CLIENT_SECRETS`, but not `TOKENIZER`.
    let pairs: Vec<String> = words.windows(2).map(|w| w.concat()).collect();
    let names = |k: &str| {
        words
            .iter()
            .copied()
            .chain(pairs.iter().map(String::as_str))
            .any(|w| w.ends_with(k) || w.strip_suffix('s').is_some_and(|w| w.ends_with(k)))
    };
    [
        ("password", "a password"),
        ("passwd", "a password"),
        ("privatekey", "a private key"),
        ("apikey", "an API key"),
        ("secret", "a secret"),
        ("token", "a token"),
        ("credential", "credentials"),
    ]
    .iter()
    .find(|(k, _)| names(k))
    .map(|(_, kind)| *kind)
}

/// Whether the text is base64 of gzip data (`base64gzip(...)`, which cloud-init unpacks):
/// tfaudit does not unpack it, and a scan of it proves nothing.
fn gzipped(s: &str) -> bool {
    base64_decode(s).is_some_and(|b| b.starts_with(&[0x1f, 0x8b]))
}

/// The text and its base64 decoding, when it decodes to text.
fn texts(s: &str) -> Vec<String> {
    let mut out = vec![s.to_string()];
    if let Some(d) = base64_decode(s).and_then(|b| String::from_utf8(b).ok()) {
        if !d.is_empty() {
            out.push(d);
        }
    }
    out
}

/// The user data attributes of a resource type, and whether the plan holds only a hash.
fn attrs(rtype: &str) -> &'static [(&'static str, bool)] {
    match rtype {
        "aws_instance" => &[("user_data", true), ("user_data_base64", false)],
        "aws_launch_template" => &[("user_data", false)],
        _ => &[("user_data", true)],
    }
}

enum Verdict {
    Clean,
    Found(BTreeSet<(usize, &'static str)>),
    Unread(String),
}

fn judge(cx: &Cx, r: &Resource, attr: &str, hashed: bool) -> Option<Verdict> {
    let expr = cx.stack.expr_at(r, attr);
    let eff = cx.stack.eff(r, attr);
    if expr.is_none() && matches!(eff, Eff::NotSet | Eff::Known(Val::Null)) {
        return None;
    }
    let mut found = BTreeSet::new();
    let mut complete = false;
    let mut packed = false;
    if let Some(s) = expr
        .and_then(|e| e.get("constant_value"))
        .and_then(Val::as_str)
    {
        packed |= gzipped(s);
        for t in texts(s) {
            found.extend(scan(&t));
        }
        complete = true;
    }
    let leaves = cx.stack.leaves_at(r, attr);
    let plan_hash = match &eff {
        Eff::Known(Val::Str(h)) if hashed => Some(h.to_string()),
        _ => None,
    };
    for l in &leaves {
        if let Leaf::Value(Val::Str(s), _) = &l.leaf {
            packed |= gzipped(s);
            for t in texts(s) {
                found.extend(scan(&t));
            }
            if leaves.len() == 1 && plan_hash.as_deref().is_some_and(|h| matches_hash(s, h)) {
                complete = true;
            }
        }
    }
    if !hashed {
        if let Eff::Known(Val::Str(s)) = &eff {
            packed |= gzipped(s);
            for t in texts(s) {
                found.extend(scan(&t));
            }
            complete = true;
        }
    }
    Some(if !found.is_empty() {
        Verdict::Found(found)
    } else if packed {
        Verdict::Unread(format!(
            "{attr} is gzip-compressed (cloud-init unpacks it), and tfaudit does not read it"
        ))
    } else if complete {
        Verdict::Clean
    } else if hashed && matches!(eff, Eff::Known(_)) && !leaves.is_empty() {
        Verdict::Unread(format!(
            "{attr} is only a hash in the plan, and it is not the hash of one variable's value \
             alone: the rest of the text is not in the plan"
        ))
    } else if hashed && matches!(eff, Eff::Known(_)) {
        Verdict::Unread(format!(
            "{attr} is only a hash in the plan, and its configuration is not a literal or a \
             variable's value"
        ))
    } else {
        Verdict::Unread(format!("{attr} is {}", unknown_reason(&eff)))
    })
}

/// Whether `h` is the provider's hash of `s`: the SHA-1 of its base64 decoding, or of the
/// text itself when it is not base64.
fn matches_hash(s: &str, h: &str) -> bool {
    let raw = sha1_hex(s.as_bytes());
    if raw == h {
        return true;
    }
    base64_decode(s).is_some_and(|b| sha1_hex(&b) == h)
}

fn sha1_hex(data: &[u8]) -> String {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut msg = data.to_vec();
    let bits = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bits.to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                chunk[4 * i],
                chunk[4 * i + 1],
                chunk[4 * i + 2],
                chunk[4 * i + 3],
            ]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}

impl Rule for UserDataSecrets {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &mut Cx) {
        for rtype in [
            "aws_instance",
            "aws_launch_template",
            "aws_launch_configuration",
        ] {
            for (_, r) in cx.live(rtype) {
                let mut worst: Option<(u8, &str, Status, String)> = None;
                for &(attr, hashed) in attrs(rtype) {
                    let Some(v) = judge(cx, r, attr, hashed) else {
                        continue;
                    };
                    let (rank, status, msg) = match v {
                        Verdict::Found(f) => {
                            let list: Vec<String> =
                                f.iter().map(|(l, k)| format!("{k} (line {l})")).collect();
                            (2, Status::Fail, format!("{attr} holds {}", list.join(", ")))
                        }
                        Verdict::Unread(why) => (1, Status::Unknown, why),
                        Verdict::Clean => (
                            0,
                            Status::Pass,
                            format!("{attr} holds no access keys, private keys or passwords"),
                        ),
                    };
                    if worst.as_ref().is_none_or(|w| rank > w.0) {
                        worst = Some((rank, attr, status, msg));
                    }
                }
                if let Some((_, attr, status, msg)) = worst {
                    let prov = cx.stack.provenance(r, attr);
                    cx.push(r, attr, status, msg, prov);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let kinds = |s: &str| scan(s).into_iter().collect::<Vec<_>>();
        assert_eq!(
            kinds("#!/bin/sh\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"),
            vec![(2, "an AWS access key ID")]
        );
        assert!(kinds("xAKIAIOSFODNN7EXAMPLE").is_empty());
        assert_eq!(
            kinds("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            vec![(1, "an AWS secret access key")]
        );
        assert_eq!(
            kinds("-----BEGIN RSA PRIVATE KEY-----"),
            vec![(1, "a private key")]
        );
        assert_eq!(kinds("DB_PASSWORD=hunter2"), vec![(1, "a password")]);
        assert_eq!(kinds("  password: \"hunter2\""), vec![(1, "a password")]);
        assert!(kinds("DB_PASSWORD=$DB_PASSWORD").is_empty());
        assert!(kinds("password: ${db_password}").is_empty());
        assert!(kinds("PASSWORD=").is_empty());
        assert!(kinds("echo reset your password").is_empty());
    }

    #[test]
    fn sha1() {
        assert_eq!(sha1_hex(b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(sha1_hex(b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    }

    #[test]
    fn environment_variables_by_value_and_name() {
        use super::env_secret;
        assert_eq!(
            env_secret("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEEXAMPLE12"),
            Some("an AWS access key ID")
        );
        assert_eq!(
            env_secret("DB_PASSWORD", "hunter2hunter2"),
            Some("a password")
        );
        assert_eq!(env_secret("API_TOKEN", "abc123"), Some("a token"));
        assert_eq!(
            env_secret(
                "DB_PASSWORD_ARN",
                "arn:aws:secretsmanager:us-east-1:1:secret:x"
            ),
            None
        );
        assert_eq!(env_secret("SECRET_NAME", "prod/db"), None);
        assert_eq!(env_secret("TOKEN_TTL", "3600"), None);
        assert_eq!(env_secret("DB_PASSWORD", ""), None);
        assert_eq!(env_secret("LOG_LEVEL", "info"), None);
        assert_eq!(
            env_secret("ECS_ENGINE_AUTH_DATA", "{}x"),
            Some("registry credentials")
        );
    }
}
