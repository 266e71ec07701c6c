//! `cargo xtask package`: release dist, then dist/ packed into
//! `target/package/kratom-check-<version>.tgz` (`npm pack`), a `.zip` of the
//! same files, and the WordPress plugin zip.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::release::crate_version;
use crate::{dist, env, root, wordpress, Result};

/// `cargo xtask package`: release dist, then the npm tarball and a zip of the
/// same files in target/package/.
pub fn package() -> Result {
    dist::dist()?;
    let root = root();
    let version = crate_version(&root)?;
    let out = env::target_dir(&root).join("package");
    std::fs::create_dir_all(&out)?;
    let (tgz, files) = npm_pack(&root.join("dist"), &out)?;
    let zip = out.join(format!("kratom-check-{version}.zip"));
    write_zip(&root.join("dist"), &files, &format!("kratom-check-{version}"), &zip)?;
    println!("xtask: wrote {} and {} ({} files each)", tgz.display(), zip.display(), files.len());
    let plugin = out.join(format!("kratom-check-wordpress-{version}.zip"));
    let n = wordpress::write_plugin_zip(&root, &root.join("dist"), &version, &plugin)?;
    println!("xtask: wrote {} ({n} files)", plugin.display());
    Ok(())
}

/// `npm pack --json` in dist/: the tarball's path and the files npm put in it.
fn npm_pack(dist: &Path, out: &Path) -> Result<(PathBuf, Vec<String>)> {
    let o = Command::new("npm")
        .args(["pack", "--json", "--ignore-scripts", "--pack-destination"])
        .arg(out)
        .current_dir(dist)
        .output()
        .map_err(|e| format!("cannot run npm: {e}"))?;
    if !o.status.success() {
        return Err(format!("npm pack failed: {}", String::from_utf8_lossy(&o.stderr)).into());
    }
    let report: Value = serde_json::from_slice(&o.stdout)?;
    let filename = report[0]["filename"].as_str().ok_or("npm pack --json: no filename")?;
    let files = report[0]["files"]
        .as_array()
        .ok_or("npm pack --json: no files")?
        .iter()
        .filter_map(|f| f["path"].as_str().map(str::to_string))
        .collect();
    Ok((out.join(filename), files))
}

/// A zip of `files` (relative to `dir`) under one top folder, deflated.
fn write_zip(dir: &Path, files: &[String], top: &str, dest: &Path) -> Result {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(dest)?);
    let opts =
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).unix_permissions(0o644);
    for f in files {
        zip.start_file(format!("{top}/{f}"), opts)?;
        zip.write_all(&std::fs::read(dir.join(f))?)?;
    }
    zip.finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zip_holds_the_files_under_one_folder() {
        let dir = std::env::temp_dir().join(format!("kc-zip-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.js"), "loader").unwrap();
        std::fs::write(dir.join("LICENSE"), "MIT").unwrap();
        let dest = dir.join("out.zip");
        write_zip(&dir, &["a.js".into(), "LICENSE".into()], "kc-1.2.3", &dest).unwrap();
        let mut z = zip::ZipArchive::new(std::fs::File::open(&dest).unwrap()).unwrap();
        let names: Vec<_> = z.file_names().map(str::to_string).collect();
        assert_eq!(names, ["kc-1.2.3/a.js", "kc-1.2.3/LICENSE"]);
        let mut s = String::new();
        std::io::Read::read_to_string(&mut z.by_name("kc-1.2.3/a.js").unwrap(), &mut s).unwrap();
        assert_eq!(s, "loader");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
