//! mimalloc as the global allocator, through its plain entry points wherever they suffice.
//!
//! The `mimalloc` crate's allocator sends every request to mimalloc's aligned entry points,
//! which check the alignment before reaching the same free list as a plain `mi_malloc`; with
//! millions of small strings and vectors to a corpus, those checks were a few percent of all
//! instructions.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment every mimalloc block has: block sizes are multiples of a pointer's size in
/// pages that start aligned, and mimalloc's own aligned `realloc` hands such alignments to its
/// plain `realloc` for that reason. A layout that asks no more takes the plain entry points.
const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

/// The global allocator of the `mimalloc` feature.
pub struct MiMalloc;

// SAFETY: each method forwards to mimalloc, which returns null on failure or a block of at
// least the requested size, aligned to at least PLAIN_ALIGN by the plain entry points (used
// only for layouts that ask no more) and to the requested alignment by the aligned ones;
// `dealloc` and `realloc` get only pointers these methods returned, which mimalloc frees or
// resizes whichever entry point made them.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_malloc(layout.size()).cast()
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_zalloc(layout.size()).cast()
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr.cast::<c_void>());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
        } else {
            mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_have_the_alignment_asked_for() {
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 8, 24, 40, 100, 1000, 70_000] {
                let layout = Layout::from_size_align(size, align).expect("a valid layout");
                let aligned = |block: *mut u8| block.align_offset(align) == 0;
                // SAFETY: a layout of non-zero size; the block is written within its size,
                // resized with the same layout and freed once
                unsafe {
                    let p = MiMalloc.alloc(layout);
                    assert!(!p.is_null() && aligned(p), "{size} {align}");
                    p.write_bytes(7, size);
                    let q = MiMalloc.realloc(p, layout, 2 * size);
                    assert!(!q.is_null() && aligned(q), "{size} {align}");
                    assert_eq!(*q.add(size - 1), 7);
                    MiMalloc.dealloc(q, Layout::from_size_align(2 * size, align).unwrap());
                    let z = MiMalloc.alloc_zeroed(layout);
                    assert!(!z.is_null() && aligned(z) && *z == 0);
                    MiMalloc.dealloc(z, layout);
                }
            }
        }
    }
}
