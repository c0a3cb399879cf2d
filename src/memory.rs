//! The process allocator (mimalloc, set in main.rs) keeps memory it has freed for reuse,
//! and a block as large as a million sign-ins stays resident after it is dropped. A phase
//! that lets go of such a block before building something else of that size hands it back
//! first, so the two never count together in the peak.

/// Return the memory the allocator holds freed to the OS. Cheap when there is none; a no-op
/// in effect when mimalloc is not the global allocator (the library's own tests).
pub fn give_back() {
    // SAFETY: mi_collect takes a flag and only walks the allocator's own structures; it is
    // safe to call at any time from any thread.
    unsafe { libmimalloc_sys::mi_collect(true) };
}
