//! Rayon's thread pool does not survive `fork()`: a child forked (by `multiprocessing` on
//! Linux before Python 3.14) after the pool started would wait forever for threads that do
//! not exist in it. A `pthread_atfork` hook marks the child, which then codes sequentially.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

static FORKED: AtomicBool = AtomicBool::new(false);

extern "C" fn child_after_fork() {
    FORKED.store(true, Ordering::SeqCst);
}

/// Installs the hook once per process.
pub fn install() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
        unsafe {
            libc::pthread_atfork(None, None, Some(child_after_fork));
        }
    });
}

/// Whether this process is a fork of one that loaded communique.
pub fn in_forked_child() -> bool {
    FORKED.load(Ordering::SeqCst)
}
