//! Command line: parse arguments, run the pipeline per input, map the outcome to an exit code.

use crate::load::Input;
use crate::policy::config;
use crate::policy::{self, Gate, UnknownMode};
use crate::report::{self, Format};
use crate::rules::{self, Severity};
use clap::{Args, Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const AFTER_HELP: &str = "\
Exit codes:
  0  no finding at or above the --fail-on severity
  1  findings at or above it (Unknown results count only with --unknown fail)
  2  usage error, or an input that is not a readable plan or state

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
    /// List the rules.
    Rules,
    /// Print a rule's documentation.
    Explain {
        /// Rule ID, e.g. AWS-SG-001.
        id: String,
    },
    /// Show the effective configuration (`config --show`).
    Config {
        /// Print the effective configuration: defaults merged with tfaudit.toml.
        #[arg(long)]
        show: bool,
        /// Configuration file (default: tfaudit.toml in the working directory).
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
    },
    /// Write a commented tfaudit.toml template in the working directory.
    Init,
    /// Print a baseline of the current findings (`tfaudit baseline plan.json > tfaudit-baseline.json`).
    Baseline(CheckArgs),
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// `terraform show -json` output of a plan or state, or a binary plan file; `-` or none
    /// with a pipe reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Output format: table, json, sarif, junit, github or markdown. FORMAT=FILE writes that
    /// format to FILE; repeat for several formats in one run (the table then still goes to
    /// standard output, unless a format without FILE is given).
    #[arg(long, short, value_name = "FORMAT[=FILE]", value_parser = parse_format, default_value = "table", help_heading = "Output")]
    format: Vec<FormatSpec>,

    /// Write the report (the format given without =FILE) to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE", help_heading = "Output")]
    output: Option<PathBuf>,

    /// The Terraform root module the plan was made from: findings get the `.tf` file and line
    /// of their resource block (module sources followed), and Lambda packages are looked for.
    #[arg(long, value_name = "DIR", help_heading = "Output")]
    source_dir: Option<PathBuf>,

    /// Colours in the table: auto (on a terminal, unless NO_COLOR is set or TERM=dumb),
    /// always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = report::ColorMode::Auto, help_heading = "Output")]
    color: report::ColorMode,

    /// The table as one line per finding, without borders (narrow terminals, grep).
    #[arg(long, help_heading = "Output")]
    compact: bool,

    /// Lowest severity that fails the run (exit code 1).
    #[arg(long, value_enum, default_value_t = Severity::Low, help_heading = "Gating")]
    fail_on: Severity,

    /// How Unknown results (values not known until apply) gate: fail, warn (shown, not
    /// failing) or ignore (not shown).
    #[arg(long, value_enum, default_value_t = UnknownMode::Warn, help_heading = "Gating")]
    unknown: UnknownMode,

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

    /// Largest input read, in MB; larger ones are refused with exit 2. Peak memory is about
    /// five times the input, and inputs that would not fit in available memory are refused too.
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

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Rules) => list_rules(),
        Some(Command::Explain { id }) => explain(&id),
        Some(Command::Check(args)) => check(args),
        Some(Command::Config { show, config }) => show_config(show, config.as_deref()),
        Some(Command::Init) => init(),
        Some(Command::Baseline(args)) => baseline(args),
        None => check(cli.check),
    }
}

fn list_rules() -> ExitCode {
    let mut out = String::new();
    for r in rules::registry() {
        let m = r.meta();
        out.push_str(&format!(
            "{:<14} {:<9} {:<4} {}\n",
            m.id,
            m.severity.as_str(),
            if m.default_enabled { "on" } else { "off" },
            m.title
        ));
    }
    emit(out.as_bytes());
    ExitCode::SUCCESS
}

fn explain(id: &str) -> ExitCode {
    match rules::find(id) {
        Some(r) => {
            emit(rules::markdown(r.meta()).as_bytes());
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("tfaudit: no rule {id}; `tfaudit rules` lists them");
            ExitCode::from(2)
        }
    }
}

fn show_config(show: bool, path: Option<&std::path::Path>) -> ExitCode {
    if !show {
        eprintln!("tfaudit: config: nothing to do; use `tfaudit config --show`");
        return ExitCode::from(2);
    }
    match config::load(path) {
        Ok(s) => {
            emit(config::show(&s).as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tfaudit: {e}");
            ExitCode::from(2)
        }
    }
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
    input_error: bool,
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
    settings.params.source_dir = args.source_dir.clone();
    let today = config::today();
    settings.params.today = Some(today.clone());
    let baseline = match &args.baseline {
        Some(path) => Some(policy::baseline::Baseline::load(path).map_err(|e| {
            eprintln!("tfaudit: {}: {e}", path.display());
            ExitCode::from(2)
        })?),
        None => None,
    };
    let policy = policy::Policy {
        gate: Gate {
            fail_on: args.fail_on,
            unknown: args.unknown,
        },
        settings: &settings,
        today,
        baseline: baseline.as_ref(),
    };
    let mut used = policy::Usage::new(&settings);
    let mut outcomes = Vec::new();
    let mut input_error = false;
    for (n, input) in inputs.iter().enumerate() {
        let opts = crate::AuditOptions {
            policy: &policy,
            max_input_bytes: args.max_input_mb.saturating_mul(1 << 20),
            changed_only: args.changed_only,
            // `TFAUDIT_TIMINGS=1`: phase times on stderr, for `make bench`.
            timings: std::env::var_os("TFAUDIT_TIMINGS").is_some(),
            leak: n + 1 == inputs.len(),
        };
        match crate::audit(input, &opts, &mut used) {
            Ok(outcome) => outcomes.push(outcome),
            Err(e) => {
                eprintln!("tfaudit: {e}");
                input_error = true;
            }
        }
    }
    if let Some(first) = outcomes.first_mut() {
        policy::config_findings(first, &policy, &used, args.strict_config);
    }
    drop(policy);
    Ok(AuditRun {
        outcomes,
        settings,
        input_error,
    })
}

fn check(args: CheckArgs) -> ExitCode {
    if args.format.iter().filter(|s| s.file.is_none()).count() > 1 {
        eprintln!("tfaudit: only one --format can go to standard output (or --output); give the others as FORMAT=FILE");
        return ExitCode::from(2);
    }
    let AuditRun {
        outcomes,
        settings,
        input_error,
    } = match audit(&args) {
        Ok(run) => run,
        Err(code) => return code,
    };
    let gate = Gate {
        fail_on: args.fail_on,
        unknown: args.unknown,
    };
    if !outcomes.is_empty() {
        let sources = args
            .source_dir
            .as_deref()
            .map(crate::report::source::SourceMap::load);
        // Colour and width depend on where each format goes.
        let report = |to_stdout: bool| {
            let to_terminal = to_stdout && std::io::stdout().is_terminal();
            report::Report {
                files: &outcomes,
                rules: &settings.rules,
                sources: sources.as_ref(),
                gate,
                color: args.color.enabled(to_terminal),
                compact: args.compact,
                width: report::table_width(to_stdout, to_terminal),
            }
        };
        // With every format going to a file, the table still goes to the console.
        let mut specs = args.format.clone();
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
    if input_error {
        ExitCode::from(2)
    } else if outcomes.iter().any(|o| o.summary.failing > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
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
