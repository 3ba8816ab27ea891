//! Command line: parse arguments, run the pipeline per input, map the outcome to an exit code.

use crate::load::Input;
use crate::policy::config::{self, Choice, Profile, View};
use crate::policy::{self, FailOn, Gate, UnknownMode};
use crate::report::{self, Format};
use crate::rules::compliance::Framework;
use crate::rules::{self, Peer, Severity};
use clap::{Args, Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Exit codes:
  0  no finding at or above the --fail-on severity
  1  findings at or above it (Unknown results count only with --unknown fail)
  2  usage error, or an input that is not a readable plan or state

Option defaults: [check] in tfaudit.toml, overridden by TFAUDIT_<OPTION> variables
(TFAUDIT_FAIL_ON, TFAUDIT_PROFILE, ...), overridden by the command line; `tfaudit config
--show` prints each value and where it came from.

Examples:
  terraform show -json tfplan | tfaudit -
  tfaudit plan.json --format json --fail-on high
  tfaudit explain AWS-VPC-001";

/// Audit the effective AWS configuration in Terraform plans.
#[derive(Debug, Parser)]
#[command(name = "tfaudit", version, after_help = AFTER_HELP, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    check: CheckArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Audit plans or states (the default command).
    Check(CheckArgs),
    /// List the rules, custom rules of tfaudit.toml included, sorted by ID.
    Rules {
        /// table (for people) or json (every rule's metadata, for tooling).
        #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
        format: RulesFormat,
        /// List a framework's controls instead: the rules covering each, then the controls
        /// no rule covers.
        #[arg(long, value_enum)]
        framework: Option<Framework>,
        /// Configuration file (default: tfaudit.toml in the working directory).
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
    },
    /// Print a rule's documentation; a peer or compliance ID (CKV_AWS_21, AVD-AWS-0089,
    /// fsbp:S3.9, cis:3.7) prints the rules that cover it.
    Explain {
        /// Rule ID, e.g. AWS-SG-001, or a Checkov, Trivy, KICS, FSBP or CIS ID.
        id: String,
        /// Configuration file (default: tfaudit.toml in the working directory).
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
    },
    /// Show the effective configuration (`config --show`), with the options of `check`: each
    /// option says where its value came from (command line, TFAUDIT_* environment, file).
    Config {
        /// Print the effective configuration: defaults merged with tfaudit.toml.
        #[arg(long)]
        show: bool,
        #[command(flatten)]
        args: CheckArgs,
    },
    /// Write a commented tfaudit.toml template in the working directory.
    Init,
    /// Print a baseline of the current findings (`tfaudit baseline plan.json > tfaudit-baseline.json`).
    Baseline(CheckArgs),
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum RulesFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// `terraform show -json` output of a plan or state, or a binary plan file; `-` or none
    /// with a pipe reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Output format: table (the default), json, sarif, junit, github or markdown. FORMAT=FILE
    /// writes that format to FILE; repeat for several formats in one run (the table then still
    /// goes to standard output, unless a format without FILE is given).
    #[arg(long, short, value_name = "FORMAT[=FILE]", value_parser = parse_format, help_heading = "Output")]
    format: Vec<FormatSpec>,

    /// Write the report (the format given without =FILE) to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE", help_heading = "Output")]
    output: Option<PathBuf>,

    /// The Terraform root module the plan was made from (default: the working directory when
    /// it holds `.tf` files): findings get the `.tf` file and line of their block or attribute
    /// (module sources followed), inline `# tfaudit:ignore` comments apply, and Lambda
    /// packages are looked for.
    #[arg(long, value_name = "DIR", help_heading = "Output")]
    source_dir: Option<PathBuf>,

    /// Do not read any `.tf` source, not even the working directory's.
    #[arg(long, help_heading = "Output", conflicts_with = "source_dir")]
    no_source: bool,

    /// Add a compliance summary for this framework (fsbp or cis): each control the rules
    /// cover, with pass, fail, unknown or "not in this plan".
    #[arg(long, value_enum, help_heading = "Output")]
    framework: Option<Framework>,

    /// Colours in the table: auto (on a terminal, unless NO_COLOR is set or TERM=dumb),
    /// always or never.
    #[arg(long, value_enum, value_name = "WHEN", help_heading = "Output")]
    color: Option<report::ColorMode>,

    /// The table as one line per finding, without borders (narrow terminals, grep).
    #[arg(long, help_heading = "Output")]
    compact: bool,

    /// Lowest severity that fails the run (exit code 1); `none` reports and never fails.
    /// Default low.
    #[arg(long, value_enum, help_heading = "Gating")]
    fail_on: Option<FailOn>,

    /// How Unknown results (values not known until apply) gate: fail, warn (shown, not
    /// failing; the default) or ignore (not shown).
    #[arg(long, value_enum, help_heading = "Gating")]
    unknown: Option<UnknownMode>,

    /// Show only findings at or above this severity; the others neither show nor fail.
    #[arg(long, value_enum, value_name = "LEVEL", help_heading = "Gating")]
    severity: Option<Severity>,

    /// Show only the findings that fail the run (no Unknown under --unknown warn, nothing
    /// below --fail-on); the table's summary is one line with their count.
    #[arg(long, short, help_heading = "Output")]
    quiet: bool,

    /// stack (default): a whole account stack; module: one component of an account, without
    /// the stack-level presence rules, and tags only when [rules.AWS-TAG-001] lists them.
    #[arg(long, value_enum, help_heading = "Rules")]
    profile: Option<Profile>,

    /// Run only these rules: IDs, families (AWS-S3) or globs (AWS-IAM-*); repeat or separate
    /// with commas. An exact ID runs the rule even when it is off by default.
    #[arg(
        long,
        value_name = "RULES",
        value_delimiter = ',',
        help_heading = "Rules"
    )]
    check: Vec<String>,

    /// Never run these rules: IDs, families or globs; repeat or separate with commas.
    #[arg(
        long,
        value_name = "RULES",
        value_delimiter = ',',
        help_heading = "Rules"
    )]
    skip_check: Vec<String>,

    /// Configuration file (default: tfaudit.toml in the working directory, if there is one).
    #[arg(long, value_name = "PATH", help_heading = "Rules")]
    config: Option<PathBuf>,

    /// Report suppressions that matched no finding (TFAUDIT-CFG-002).
    #[arg(long, help_heading = "Rules")]
    strict_config: bool,

    /// Accept the findings recorded by `tfaudit baseline`: only new findings are shown and
    /// fail the run; the summary says how many recorded ones were fixed.
    #[arg(long, value_name = "PATH", help_heading = "Gating")]
    baseline: Option<PathBuf>,

    /// Judge only resources the plan creates, updates or replaces (deletions of security
    /// controls are still reported).
    #[arg(long, help_heading = "Gating")]
    changed_only: bool,

    /// Largest input read, in MB; larger ones are refused with exit 2. Peak memory is five to
    /// six times a large input, and inputs that would not fit in available memory are refused too.
    #[arg(
        long,
        value_name = "MB",
        default_value_t = 4096,
        help_heading = "Input"
    )]
    max_input_mb: u64,
}

#[derive(Debug, Clone)]
struct FormatSpec {
    format: Format,
    file: Option<PathBuf>,
}

fn parse_format(s: &str) -> Result<FormatSpec, String> {
    use clap::ValueEnum;
    let (name, file) = match s.split_once('=') {
        Some((n, f)) if !f.is_empty() => (n, Some(PathBuf::from(f))),
        Some(_) => return Err("FORMAT=FILE needs a file name".into()),
        None => (s, None),
    };
    let format = Format::from_str(name, true).map_err(|_| {
        format!("unknown format `{name}`; one of table, json, sarif, junit, github, markdown")
    })?;
    Ok(FormatSpec { format, file })
}

/// The thread pool the main thread is part of; the source's thread runs its parallel work in it.
static POOL: std::sync::OnceLock<rayon::ThreadPool> = std::sync::OnceLock::new();

/// The main thread becomes the first thread of the pool, so each parallel phase starts on it at
/// once: from outside a pool, it handed every phase over and slept until a worker woke it (a
/// tenth of the demo plan's run). The pool has a thread per core besides it, so the scan of a
/// large plan and the source's parse keep every core while the main thread does serial work.
/// Those threads are started by a helper thread while the arguments are parsed: starting them
/// here would wait for each (a twentieth of the demo plan's run).
fn start_pool() {
    // RAYON_NUM_THREADS counts every thread of the pool, as for rayon's own (1: this one alone).
    let threads = std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()) + 1);
    let mut starting = Vec::new();
    let built = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .use_current_thread()
        .spawn_handler(|thread| {
            starting.push(thread);
            Ok(())
        })
        .build();
    let Ok(pool) = built else { return };
    let _ = POOL.set(pool);
    if starting.is_empty() {
        return;
    }
    std::thread::spawn(move || {
        let mut threads = starting.into_iter();
        let first = threads.next();
        for thread in threads {
            std::thread::spawn(move || thread.run());
        }
        // The helper runs the first itself, once the others are started.
        if let Some(thread) = first {
            thread.run();
        }
    });
}

pub fn main() -> ExitCode {
    start_pool();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Rules {
            format,
            framework: Some(f),
            config,
        }) => list_framework(f, format, config.as_deref()),
        Some(Command::Rules {
            format,
            framework: None,
            config,
        }) => list_rules(format, config.as_deref()),
        Some(Command::Explain { id, config }) => explain(&id, config.as_deref()),
        Some(Command::Check(args)) => check(args),
        Some(Command::Config { show, args }) => show_config(show, &args),
        Some(Command::Init) => init(),
        Some(Command::Baseline(args)) => baseline(args),
        None => check(cli.check),
    }
}

/// Built-in rules and the configuration's custom rules, sorted by ID.
fn all_rules(config: Option<&std::path::Path>) -> Result<Vec<&'static dyn rules::Rule>, ExitCode> {
    let settings = config::load(config).map_err(|e| {
        eprintln!("tfaudit: {e}");
        ExitCode::from(2)
    })?;
    let mut all: Vec<&'static dyn rules::Rule> = rules::registry().to_vec();
    all.extend(
        settings
            .rules
            .iter()
            .filter(|r| rules::find(r.meta().id).is_none()),
    );
    all.sort_by_key(|r| r.meta().id);
    Ok(all)
}

fn list_rules(format: RulesFormat, config: Option<&std::path::Path>) -> ExitCode {
    let all = match all_rules(config) {
        Ok(all) => all,
        Err(code) => return code,
    };
    let profiles = |m: &rules::RuleMeta| match m.profiles() {
        [] => "-".to_string(),
        p => p.join(","),
    };
    let out = match format {
        RulesFormat::Table => {
            let w = all
                .iter()
                .map(|r| r.meta().id.len())
                .max()
                .unwrap_or(0)
                .max(2);
            let mut out = format!(
                "{:<w$} {:<9} {:<7} {:<12} TITLE\n",
                "ID", "SEVERITY", "DEFAULT", "PROFILES"
            );
            for r in &all {
                let m = r.meta();
                out.push_str(&format!(
                    "{:<w$} {:<9} {:<7} {:<12} {}\n",
                    m.id,
                    m.severity.as_str(),
                    if m.default_enabled { "on" } else { "off" },
                    profiles(m),
                    m.title
                ));
            }
            out
        }
        RulesFormat::Json => {
            let list: Vec<serde_json::Value> = all
                .iter()
                .map(|r| {
                    let m = r.meta();
                    serde_json::json!({
                        "id": m.id,
                        "slug": m.slug,
                        "title": m.title,
                        "severity": m.severity.as_str(),
                        "default_enabled": m.default_enabled,
                        "profiles": m.profiles(),
                        "presence": m.presence,
                        "custom": rules::find(m.id).is_none(),
                        "service": m.service,
                        "category": m.category,
                        "types": m.types,
                        "params": m.params.iter().map(|(n, k)| serde_json::json!({"name": n, "kind": k})).collect::<Vec<_>>(),
                        "covers": covers_json(m),
                    })
                })
                .collect();
            let doc = serde_json::json!({ "version": 1, "rules": list });
            serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
        }
    };
    emit(out.as_bytes());
    ExitCode::SUCCESS
}

/// `{"fsbp": [...], "cis": [...], "checkov": [...], "trivy": [...], "kics": [...]}`.
fn covers_json(m: &rules::RuleMeta) -> serde_json::Value {
    Peer::ALL
        .iter()
        .map(|&p| (p.key().to_string(), m.covered(p).collect::<Vec<_>>().into()))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

fn explain(id: &str, config: Option<&std::path::Path>) -> ExitCode {
    let all = match all_rules(config) {
        Ok(all) => all,
        Err(code) => return code,
    };
    if let Some(r) = all.iter().find(|r| r.meta().id.eq_ignore_ascii_case(id)) {
        emit(rules::explain(r.meta()).as_bytes());
        return ExitCode::SUCCESS;
    }
    // A migrating user asks what replaces a peer check or covers a control.
    match rules::compliance::covering(id, &all) {
        Some((peer, cid, found)) => {
            let ids: Vec<&str> = found.iter().map(|r| r.meta().id).collect();
            let mut out = format!("{} {cid} is covered by {}.\n", peer.label(), ids.join(", "));
            for r in &found {
                out.push('\n');
                out.push_str(&rules::explain(r.meta()));
            }
            emit(out.as_bytes());
            ExitCode::SUCCESS
        }
        None if id.to_ascii_uppercase().starts_with("AWS-") => {
            eprintln!("tfaudit: no rule {id}; `tfaudit rules` lists them");
            ExitCode::from(2)
        }
        None => {
            eprintln!("tfaudit: no rule covers {id}; `tfaudit rules --format json` lists the IDs rules cover");
            ExitCode::from(2)
        }
    }
}

/// `rules --framework`: each control with the rules covering it, then the uncovered ones.
fn list_framework(
    framework: Framework,
    format: RulesFormat,
    config: Option<&std::path::Path>,
) -> ExitCode {
    let all = match all_rules(config) {
        Ok(all) => all,
        Err(code) => return code,
    };
    let controls = framework.controls(&all);
    let (covered, missing): (Vec<_>, Vec<_>) = controls.iter().partition(|c| !c.rules.is_empty());
    let ids = |c: &rules::compliance::Control| c.rules.iter().map(|m| m.id).collect::<Vec<_>>();
    let out = match format {
        RulesFormat::Table => {
            let w = controls
                .iter()
                .map(|c| c.id.len())
                .max()
                .unwrap_or(0)
                .max(7);
            let mut out = format!(
                "{}: {} of {} known controls covered\n\n{:<w$} RULES\n",
                framework.label(),
                covered.len(),
                controls.len(),
                "CONTROL"
            );
            for c in &covered {
                out.push_str(&format!("{:<w$} {}\n", c.id, ids(c).join(", ")));
            }
            out.push_str(&format!("\nNot covered ({}):\n", missing.len()));
            for c in &missing {
                out.push_str(format!("{:<w$} {}", c.id, c.title).trim_end());
                out.push('\n');
            }
            out
        }
        RulesFormat::Json => {
            let item = |c: &&rules::compliance::Control| serde_json::json!({ "id": c.id, "title": c.title, "rules": ids(c) });
            let doc = serde_json::json!({
                "version": 1,
                "framework": framework.as_str(),
                "covered": covered.iter().map(item).collect::<Vec<_>>(),
                "not_covered": missing.iter().map(item).collect::<Vec<_>>(),
            });
            serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
        }
    };
    emit(out.as_bytes());
    ExitCode::SUCCESS
}

fn show_config(show: bool, args: &CheckArgs) -> ExitCode {
    if !show {
        eprintln!("tfaudit: config: nothing to do; use `tfaudit config --show`");
        return ExitCode::from(2);
    }
    let shown = config::load(args.config.as_deref())
        .map_err(|e| e.to_string())
        .and_then(|mut s| {
            let (opts, choices) = options(args, &s)?;
            opts.apply(&mut s)?;
            Ok(config::show(&s, &choices))
        });
    match shown {
        Ok(text) => {
            emit(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tfaudit: {e}");
            ExitCode::from(2)
        }
    }
}

/// The options of a run, each from the command line, TFAUDIT_*, `[check]` or its default.
struct Options {
    gate: Gate,
    formats: Vec<FormatSpec>,
    source_dir: Option<PathBuf>,
    profile: Profile,
    check: Vec<String>,
    skip_check: Vec<String>,
    view: View,
    compact: bool,
    framework: Option<Framework>,
    color: report::ColorMode,
}

impl Options {
    /// The profile, `--check`/`--skip-check` and the view, applied to the rules.
    fn apply(&self, settings: &mut config::Settings) -> Result<(), String> {
        settings.apply_profile(self.profile);
        settings.select(&self.check, &self.skip_check)?;
        settings.view = self.view;
        settings.params.source_dir = self.source_dir.clone();
        Ok(())
    }
}

fn options(
    args: &CheckArgs,
    settings: &config::Settings,
) -> Result<(Options, Vec<Choice>), String> {
    use clap::ValueEnum;
    fn name<T: ValueEnum>(v: &T) -> String {
        v.to_possible_value()
            .map(|p| p.get_name().to_string())
            .unwrap_or_default()
    }
    let mut cli: std::collections::BTreeMap<&'static str, Vec<String>> = Default::default();
    let mut given = |key: &'static str, values: Vec<String>| {
        if !values.is_empty() {
            cli.insert(key, values);
        }
    };
    given("profile", args.profile.iter().map(name).collect());
    given("check", args.check.clone());
    given("skip_check", args.skip_check.clone());
    given("fail_on", args.fail_on.iter().map(name).collect());
    given("unknown", args.unknown.iter().map(name).collect());
    given("severity", args.severity.iter().map(name).collect());
    given(
        "quiet",
        if args.quiet {
            vec!["true".into()]
        } else {
            vec![]
        },
    );
    given(
        "compact",
        if args.compact {
            vec!["true".into()]
        } else {
            vec![]
        },
    );
    given("color", args.color.iter().map(name).collect());
    given("framework", args.framework.iter().map(name).collect());
    given(
        "format",
        args.format
            .iter()
            .map(|f| match &f.file {
                Some(p) => format!("{}={}", name(&f.format), p.display()),
                None => name(&f.format),
            })
            .collect(),
    );
    given(
        "source_dir",
        args.source_dir
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
    );
    let choices = config::resolve(settings, &cli, &|var| std::env::var(var).ok())?;
    let get = |key: &str| -> &[String] {
        choices
            .iter()
            .find(|c| c.key == key)
            .map(|c| c.values.as_slice())
            .unwrap_or(&[])
    };
    // Values were checked when resolved: parsing cannot fail here.
    let one = |key: &str| get(key).first().cloned().unwrap_or_default();
    let (fail_on, soft_fail) = FailOn::from_str(&one("fail_on"), true)
        .unwrap_or(FailOn::Low)
        .threshold();
    let opts = Options {
        gate: Gate {
            fail_on,
            unknown: UnknownMode::from_str(&one("unknown"), true).unwrap_or(UnknownMode::Warn),
            soft_fail,
        },
        formats: get("format")
            .iter()
            .map(|f| parse_format(f))
            .collect::<Result<_, _>>()?,
        source_dir: match get("source_dir").first() {
            _ if args.no_source => None,
            Some(dir) => Some(PathBuf::from(dir)),
            None if working_directory_has_tf() => Some(PathBuf::from(".")),
            None => None,
        },
        profile: Profile::from_str(&one("profile"), true).unwrap_or_default(),
        check: get("check").to_vec(),
        skip_check: get("skip_check").to_vec(),
        view: View {
            min_severity: Severity::from_str(&one("severity"), true).unwrap_or(Severity::Info),
            quiet: one("quiet") == "true",
        },
        compact: one("compact") == "true",
        framework: Framework::from_str(&one("framework"), true).ok(),
        color: report::ColorMode::from_str(&one("color"), true).unwrap_or(report::ColorMode::Auto),
    };
    if opts.formats.iter().filter(|s| s.file.is_none()).count() > 1 {
        return Err("only one --format can go to standard output (or --output); give the others as FORMAT=FILE".into());
    }
    Ok((opts, choices))
}

fn init() -> ExitCode {
    let path = std::path::Path::new(config::FILE_NAME);
    if path.exists() {
        eprintln!(
            "tfaudit: {}: already exists; not overwritten",
            config::FILE_NAME
        );
        return ExitCode::from(2);
    }
    match std::fs::write(path, config::TEMPLATE) {
        Ok(()) => {
            emit(format!("wrote {}\n", config::FILE_NAME).as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tfaudit: {}: cannot write: {e}", config::FILE_NAME);
            ExitCode::from(2)
        }
    }
}

fn baseline(args: CheckArgs) -> ExitCode {
    match audit(&args) {
        Ok(run) => {
            emit(crate::policy::baseline::render(&run.outcomes).as_bytes());
            if run.input_error {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(code) => code,
    }
}

struct AuditRun {
    outcomes: Vec<policy::FileOutcome>,
    settings: config::Settings,
    options: Options,
    input_error: bool,
    source: Option<crate::source::Source>,
}

/// Whether `terraform plan` could have run here: the working directory holds `.tf` files.
fn working_directory_has_tf() -> bool {
    std::fs::read_dir(".").is_ok_and(|d| {
        d.flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "tf"))
    })
}

/// The source read by its thread, its warnings printed.
fn joined(handle: std::thread::JoinHandle<crate::source::Source>) -> Option<crate::source::Source> {
    match handle.join() {
        Ok(s) => {
            for w in &s.warnings {
                eprintln!("tfaudit: warning: {w}");
            }
            Some(s)
        }
        Err(_) => {
            eprintln!("tfaudit: warning: the source could not be read");
            None
        }
    }
}

/// Read, model, judge and decide every input; Err is the exit code of a usage error.
fn audit(args: &CheckArgs) -> Result<AuditRun, ExitCode> {
    let inputs: Vec<Input> = if args.files.is_empty() {
        if std::io::stdin().is_terminal() {
            eprintln!("tfaudit: no input: give a plan file, or pipe `terraform show -json tfplan | tfaudit -`");
            return Err(ExitCode::from(2));
        }
        vec![Input::Stdin]
    } else {
        args.files
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::Path(p.clone())
                }
            })
            .collect()
    };
    let mut settings = config::load(args.config.as_deref()).map_err(|e| {
        eprintln!("tfaudit: {e}");
        ExitCode::from(2)
    })?;
    let options = options(args, &settings)
        .and_then(|(o, _)| o.apply(&mut settings).map(|()| o))
        .map_err(|e| {
            eprintln!("tfaudit: {e}");
            ExitCode::from(2)
        })?;
    let today = config::today();
    settings.params.today = Some(today.clone());
    let baseline = match &args.baseline {
        Some(path) => Some(policy::baseline::Baseline::load(path).map_err(|e| {
            eprintln!("tfaudit: {}: {e}", path.display());
            ExitCode::from(2)
        })?),
        None => None,
    };
    // The source is parsed while the first input is read and parsed (a thread of its own;
    // its parse uses the pool when it is the larger task).
    let timings = std::env::var_os("TFAUDIT_TIMINGS").is_some();
    let alongside = match inputs.first() {
        Some(Input::Path(p)) => std::fs::metadata(p).map_or(0, |m| m.len()),
        _ => 0,
    };
    let mut loading = options.source_dir.clone().map(|dir| {
        std::thread::spawn(move || {
            let clock = std::time::Instant::now();
            let load = || crate::source::Source::load_beside(&dir, alongside);
            let source = match POOL.get() {
                Some(pool) => pool.install(load),
                None => load(),
            };
            if timings {
                eprintln!("timing: source {:.4} s", clock.elapsed().as_secs_f64());
            }
            source
        })
    });
    let mut source: Option<crate::source::Source> = None;
    let mut used = policy::Usage::new(&settings);
    let mut outcomes = Vec::new();
    let mut input_error = false;
    let max_input_bytes = args.max_input_mb.saturating_mul(1 << 20);
    for (n, input) in inputs.iter().enumerate() {
        let clock = std::time::Instant::now();
        let read = crate::load::read_limited(input, max_input_bytes);
        let parsed = read.as_ref().ok().map(crate::load::parse);
        // What the plan alone builds is built while the source is still being read.
        let prepared = match &parsed {
            Some(Ok(plan)) => Some(crate::model::Stack::prepare(plan)),
            _ => None,
        };
        if let Some(handle) = loading.take() {
            source = joined(handle);
        }
        let policy = policy::Policy {
            gate: options.gate,
            settings: &settings,
            today: today.clone(),
            baseline: baseline.as_ref(),
            source: source.as_ref(),
        };
        let opts = crate::AuditOptions {
            policy: &policy,
            max_input_bytes,
            changed_only: args.changed_only,
            // `TFAUDIT_TIMINGS=1`: phase times on stderr, for `make bench`.
            timings,
            leak: n + 1 == inputs.len(),
        };
        let outcome = match (&read, &parsed, prepared) {
            (Ok(text), Some(Ok(plan)), Some(stack)) => Ok(crate::audit_prepared(
                text, plan, stack, clock, &opts, &mut used,
            )),
            (_, Some(Err(e)), _) => Err(e.to_string()),
            (Err(e), _, _) => Err(e.to_string()),
            _ => continue,
        };
        match outcome {
            Ok(outcome) => {
                if let Some(why) = &outcome.summary.source_mismatch {
                    eprintln!("tfaudit: warning: {}: {why}", outcome.path);
                }
                outcomes.push(outcome)
            }
            Err(e) => {
                eprintln!("tfaudit: {e}");
                input_error = true;
            }
        }
        if opts.leak {
            std::mem::forget(parsed);
            std::mem::forget(read);
        }
    }
    if let Some(handle) = loading.take() {
        source = joined(handle);
    }
    for w in source.iter().flat_map(|s| s.late_warnings()) {
        eprintln!("tfaudit: warning: {w}");
    }
    let policy = policy::Policy {
        gate: options.gate,
        settings: &settings,
        today,
        baseline: baseline.as_ref(),
        source: source.as_ref(),
    };
    if let Some(first) = outcomes.first_mut() {
        policy::config_findings(first, &policy, &used, args.strict_config);
    }
    drop(policy);
    // Locations only from a source that matched every input.
    let source = source.filter(|_| outcomes.iter().all(|o| o.summary.source_mismatch.is_none()));
    Ok(AuditRun {
        outcomes,
        settings,
        options,
        input_error,
        source,
    })
}

fn check(args: CheckArgs) -> ExitCode {
    let AuditRun {
        outcomes,
        settings,
        options,
        input_error,
        source,
    } = match audit(&args) {
        Ok(run) => run,
        Err(code) => return code,
    };
    let gate = options.gate;
    if !outcomes.is_empty() {
        let sources = source.as_ref().map(|s| &s.map);
        // Colour and width depend on where each format goes.
        let report = |to_stdout: bool| {
            let to_terminal = to_stdout && std::io::stdout().is_terminal();
            report::Report {
                files: &outcomes,
                rules: &settings.rules,
                sources,
                gate,
                color: options.color.enabled(to_terminal),
                compact: options.compact,
                width: report::table_width(to_stdout, to_terminal),
                framework: options.framework,
            }
        };
        // With every format going to a file, the table still goes to the console.
        let mut specs = options.formats.clone();
        if specs.iter().all(|s| s.file.is_some()) {
            specs.push(FormatSpec {
                format: Format::Table,
                file: None,
            });
        }
        for spec in &specs {
            let path = spec.file.as_ref().or(args.output.as_ref());
            if let Err(e) = write_report(&report(path.is_none()), spec.format, path) {
                match (e.kind(), path) {
                    // `tfaudit … | head`: the reader left; not an error.
                    (std::io::ErrorKind::BrokenPipe, None) => {}
                    (_, Some(p)) => {
                        eprintln!("tfaudit: {}: cannot write: {e}", p.display());
                        return ExitCode::from(2);
                    }
                    (_, None) => {
                        eprintln!("tfaudit: cannot write the report: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
        }
    }
    let code = if input_error {
        ExitCode::from(2)
    } else if outcomes.iter().any(|o| o.summary.failing > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // The process ends here: freeing every result and the source's expressions one by one
    // would only cost time.
    std::mem::forget(outcomes);
    std::mem::forget(source);
    code
}

/// Render one format to a file or stdout, streamed: messages hold no sensitive value by
/// construction, so nothing rewrites the rendered output.
fn write_report(
    report: &report::Report,
    format: Format,
    path: Option<&PathBuf>,
) -> std::io::Result<()> {
    let mut out: Box<dyn Write> = match path {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p)?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    report::reporter(format).write(report, &mut out)?;
    out.flush()
}

/// Write to stdout; a closed pipe (`tfaudit … | head`) is not an error.
fn emit(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes).and_then(|_| out.flush());
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }
}
