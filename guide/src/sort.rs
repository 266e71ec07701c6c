//! A small sort kept apart from `lib.rs`, so that no module needs the crate
//! root (which re-exports them all) and the import graph stays acyclic.

/// A stable insertion sort for the engine's few-element lists (answer values,
/// question ids): the same order as `sort_by_key`, without linking the
/// general-purpose sort into the wasm.
pub(crate) fn small_sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn matches_the_std_stable_sort() {
        let cases: [&[(u8, u8)]; 5] = [
            &[],
            &[(1, 0)],
            &[(3, 0), (1, 1), (2, 2)],
            &[(2, 0), (1, 1), (2, 2), (1, 3), (0, 4)],
            &[(5, 0), (4, 1), (3, 2), (2, 3), (1, 4)],
        ];
        for case in cases {
            let mut ours = case.to_vec();
            let mut std = case.to_vec();
            super::small_sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std);
        }
    }
}
