//! Freed memory is zeroed before the allocator may hand it out again, so
//! what a person typed (or answered) does not linger in the wasm's memory
//! once the widget lets go of it: Start over, quick exit, each keystroke's
//! older copy, the print summary of the last render, Yew's old virtual DOM.
//!
//! A wrapper around the system allocator (dlmalloc on wasm32) whose
//! `dealloc` zeroes the block first. `realloc` is left to the trait's default
//! (allocate, copy, free the old block through `dealloc`), so a growing
//! string leaves no copy behind either. The writes go through `zeroize`
//! (volatile), which the compiler may not drop as dead stores before a free.
//! Only the wasm build uses it; what it cannot reach (the page's own copies
//! of typed text as JavaScript strings) is listed in the README.

use std::alloc::{GlobalAlloc, Layout, System};

use zeroize::Zeroize;

pub struct ZeroOnFree;

// SAFETY: every method forwards to `System` with the same layout; `dealloc`
// only writes `layout.size()` bytes of the block it is about to free, which
// the caller owns (GlobalAlloc's contract).
unsafe impl GlobalAlloc for ZeroOnFree {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe {
            wipe(std::slice::from_raw_parts_mut(ptr, layout.size()));
            System.dealloc(ptr, layout);
        }
    }
}

/// Zeroes `block` with writes the compiler keeps.
fn wipe(block: &mut [u8]) {
    block.zeroize();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wipe_zeroes_every_byte() {
        let mut block = *b"my plan: friday!";
        wipe(&mut block);
        assert_eq!(block, [0u8; 16]);
    }

    /// Through the allocator API: blocks of odd sizes and alignments come and go.
    #[test]
    fn allocates_and_frees_through_the_system_allocator() {
        for (size, align) in [(1, 1), (13, 1), (64, 8), (4096, 16)] {
            let layout = Layout::from_size_align(size, align).unwrap();
            unsafe {
                let p = ZeroOnFree.alloc_zeroed(layout);
                assert!(!p.is_null() && (p as usize).is_multiple_of(align));
                assert!(std::slice::from_raw_parts(p, size).iter().all(|&b| b == 0));
                p.write_bytes(7, size);
                ZeroOnFree.dealloc(p, layout);
            }
        }
    }
}
