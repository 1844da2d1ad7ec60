//! Who is acting: the operating-system user running the process (from the password
//! database, not `$USER`, which anyone can set) and the SSH client address if any.

use crate::store::Actor;

pub fn current_actor() -> Actor {
    Actor {
        user: os_user(),
        ssh_client: ssh_client(),
    }
}

fn os_user() -> String {
    // SAFETY: getpwuid_r writes into the buffers we own; the result pointer is only read
    // when the call succeeded and returned our own `pwd`.
    unsafe {
        let uid = libc::getuid();
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut buf = vec![0 as libc::c_char; 4096];
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result);
        if rc == 0 && !result.is_null() && !pwd.pw_name.is_null() {
            let name = std::ffi::CStr::from_ptr(pwd.pw_name)
                .to_string_lossy()
                .into_owned();
            if !name.is_empty() {
                return name;
            }
        }
        format!("uid{uid}")
    }
}

/// `SSH_CONNECTION` is "client_ip client_port server_ip server_port"; `SSH_CLIENT` is
/// "client_ip client_port server_port". Only the address is kept.
fn ssh_client() -> Option<String> {
    ["SSH_CONNECTION", "SSH_CLIENT"].iter().find_map(|var| {
        std::env::var(var)
            .ok()
            .and_then(|v| v.split_whitespace().next().map(str::to_string))
            .filter(|ip| ip.parse::<std::net::IpAddr>().is_ok())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn os_user_is_not_empty() {
        assert!(!super::os_user().is_empty());
    }
}
