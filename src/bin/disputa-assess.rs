//! `disputa-assess [--today YYYY-MM-DD] FILE|-`: reads a case file (one case
//! or a collection) and prints the assessment JSON.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Read;

    use chrono::NaiveDate;
    use disputa::domain::{assess, parse_date, read_case_file, Assessment, Policy};

    pub const USAGE: &str = "\
usage: disputa-assess [--today YYYY-MM-DD] FILE|-

Reads a Disputa case file (format \"disputa.case\" or \"disputa.cases\",
version 1) from FILE, or from standard input when FILE is -, and prints
its assessment as JSON: one object for a case, an array for a collection.

options:
  --today YYYY-MM-DD   assess as of this date (default: the local date)
  -h, --help           print this help

exit status: 0 when every case was assessed, 2 for invalid input or usage.";

    /// What the command line asks for.
    #[derive(Debug, PartialEq, Eq)]
    pub enum Request {
        Help,
        Assess {
            today: Option<NaiveDate>,
            input: String,
        },
    }

    pub fn parse_args(args: &[String]) -> Result<Request, String> {
        let mut today = None;
        let mut input = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "-h" | "--help" => return Ok(Request::Help),
                "--today" => {
                    let value = args.next().ok_or("--today needs a date (YYYY-MM-DD)")?;
                    today = Some(read_today(value)?);
                }
                other if other.starts_with("--today=") => {
                    today = Some(read_today(&other["--today=".len()..])?);
                }
                other if other.starts_with('-') && other != "-" => {
                    return Err(format!("unknown option {other}"));
                }
                other => {
                    if input.is_some() {
                        return Err("only one FILE may be given".to_string());
                    }
                    input = Some(other.to_string());
                }
            }
        }
        let input = input.ok_or("missing FILE (use - for standard input)")?;
        Ok(Request::Assess { today, input })
    }

    fn read_today(value: &str) -> Result<NaiveDate, String> {
        parse_date(value)
            .ok_or_else(|| format!("--today: invalid date \"{value}\", expected YYYY-MM-DD"))
    }

    fn read_input(input: &str) -> Result<String, String> {
        if input == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|error| format!("cannot read standard input: {error}"))?;
            Ok(text)
        } else {
            std::fs::read_to_string(input).map_err(|error| format!("cannot read {input}: {error}"))
        }
    }

    /// The assessment JSON for the file's text, or the one-line message for
    /// standard error.
    pub fn run(json: &str, today: NaiveDate) -> Result<String, String> {
        let file = read_case_file(json, today).map_err(|errors| {
            let first = errors[0].to_string();
            match errors.len() {
                1 => first,
                n => format!("{first} (and {} more problems)", n - 1),
            }
        })?;
        let policy = Policy::default();
        let assessments: Vec<Assessment> = file
            .cases
            .iter()
            .map(|case| assess(case, &policy, today))
            .collect();
        let text = if file.collection {
            serde_json::to_string_pretty(&assessments)
        } else {
            serde_json::to_string_pretty(&assessments[0])
        };
        text.map_err(|error| format!("cannot write the assessment: {error}"))
    }

    pub fn main() -> std::process::ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let fail = |message: String| {
            eprintln!("disputa-assess: {message}");
            std::process::ExitCode::from(2)
        };
        let (today, input) = match parse_args(&args) {
            Ok(Request::Help) => {
                println!("{USAGE}");
                return std::process::ExitCode::SUCCESS;
            }
            Ok(Request::Assess { today, input }) => (today, input),
            Err(message) => return fail(format!("{message} (see --help)")),
        };
        let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
        let outcome = read_input(&input).and_then(|json| run(&json, today));
        match outcome {
            Ok(text) => {
                println!("{text}");
                std::process::ExitCode::SUCCESS
            }
            Err(message) => fail(message),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
