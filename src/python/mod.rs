//! PyO3 bindings (see issue 2); filled in next.
