//! Who may be a case's 经办人: the officers listed in `config.toml` (`officers = [...]`),
//! or, without a list, the user accounts of this system. A mistyped name would otherwise
//! park a case with nobody, out of every officer's `mine`.

use crate::i18n::msg;
use std::ffi::{CStr, CString};

use crate::i18n::{Lang, trf};

use super::error::OpError;

/// How many known names an error lists before "…".
const LIST_MAX: usize = 30;

/// Whether `name` may be assigned: in `configured` when that list is not empty, else a
/// user account of this system.
pub fn is_known(name: &str, configured: &[String]) -> bool {
    if configured.is_empty() {
        system_user_exists(name)
    } else {
        configured.iter().any(|o| o == name)
    }
}

/// The refusal for an unknown `name`, listing the known officers (exit 2).
pub fn unknown(name: &str, configured: &[String], lang: Lang) -> OpError {
    let (key, mut known) = if configured.is_empty() {
        (msg::app::OFFICERS_UNKNOWN_USER, system_people())
    } else {
        (msg::app::OFFICERS_UNKNOWN_LISTED, configured.to_vec())
    };
    known.sort();
    known.dedup();
    let more = known.len() > LIST_MAX;
    known.truncate(LIST_MAX);
    let mut list = known.join(", ");
    if more {
        list.push_str(", …");
    }
    OpError::BadInput(vec![trf(
        lang,
        key,
        &[("name", &crate::io::inert_line(name)), ("known", &list)],
    )])
}

/// getpwnam: the system knows a user of that name (local files, LDAP, whatever NSS says).
fn system_user_exists(name: &str) -> bool {
    let Ok(c) = CString::new(name) else {
        return false;
    };
    // SAFETY: a plain C struct; all-zero is a valid (empty) value that getpwnam_r fills.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut out: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: getpwnam_r writes only into `pwd` and `buf`, which outlive the call.
    let rc =
        unsafe { libc::getpwnam_r(c.as_ptr(), &mut pwd, buf.as_mut_ptr(), buf.len(), &mut out) };
    rc == 0 && !out.is_null()
}

/// The accounts of people on this system (uid ≥ 1000, a login shell), to name in an error.
/// System accounts (daemon, nobody) are left out of the list but may still be assigned.
fn system_people() -> Vec<String> {
    let mut names = Vec::new();
    // SAFETY: the getpwent family walks the user database; each entry is copied out
    // before the next call; this runs on the command's own thread.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            let p = &*p;
            let shell = CStr::from_ptr(p.pw_shell).to_string_lossy();
            let person = p.pw_uid >= 1000
                && p.pw_uid != 65534
                && !shell.ends_with("nologin")
                && !shell.ends_with("false");
            if person {
                names.push(CStr::from_ptr(p.pw_name).to_string_lossy().into_owned());
            }
        }
        libc::endpwent();
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_users_are_known_and_others_are_not() {
        assert!(is_known("root", &[]));
        assert!(!is_known("no-such-officer-jb", &[]));
        assert!(!is_known("bad\0name", &[]));
    }

    #[test]
    fn a_configured_list_replaces_the_system_users() {
        let list = vec!["zhangsan".to_string(), "lisi".to_string()];
        assert!(is_known("lisi", &list));
        assert!(!is_known("root", &list));
        let msg = unknown("wangwu", &list, Lang::En)
            .lines(Lang::En)
            .join("\n");
        assert!(
            msg.contains("wangwu") && msg.contains("lisi, zhangsan"),
            "{msg}"
        );
    }
}
