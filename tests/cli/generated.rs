//! The committed completions (`completions/`) and man pages (`man/`) must match what the CLI
//! definition generates. Refresh them with `SNAPSHOTS=overwrite cargo test --test generated`.

use std::collections::BTreeSet;
use std::path::Path;

fn check(dir: &str, files: Vec<(String, String)>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let expected: BTreeSet<String> = files.iter().map(|(n, _)| n.clone()).collect();
    let mut stale = Vec::new();
    if overwrite {
        std::fs::create_dir_all(&root).unwrap();
        for entry in std::fs::read_dir(&root).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if !expected.contains(&name) {
                std::fs::remove_file(entry.path()).unwrap();
            }
        }
    }
    for (name, content) in &files {
        let path = root.join(name);
        if overwrite {
            std::fs::write(&path, content).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(existing) if &existing == content => {}
            Ok(_) => stale.push(format!("{dir}/{name} differs")),
            Err(_) => stale.push(format!("{dir}/{name} is missing")),
        }
    }
    if !overwrite && let Ok(entries) = std::fs::read_dir(&root) {
        for entry in entries {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if !expected.contains(&name) {
                stale.push(format!("{dir}/{name} is no longer generated"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale:\n  {}\nrun `SNAPSHOTS=overwrite cargo test --test cli generated` and commit the result",
        stale.join("\n  ")
    );
}

#[test]
fn completions_are_fresh() {
    check("completions", tao::cli::completions::completion_files());
}

#[test]
fn man_pages_are_fresh() {
    let pages = tao::cli::completions::man_pages();
    assert!(pages.iter().any(|(n, _)| n == "tao.1"));
    assert!(pages.iter().any(|(n, _)| n == "tao-utils-convert.1"));
    let root = &pages.iter().find(|(n, _)| n == "tao.1").unwrap().1;
    assert!(root.contains("EXIT STATUS"));
    assert!(root.contains("TAO_PASSWORD_FILE"));
    check("man", pages);
}
