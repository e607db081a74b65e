//! Any stored text, as UTF-8 or as the browser's UTF-16 with lone
//! surrogates: decoding never panics, damaged or newer data is never marked
//! for overwriting, and what reads in full encodes back to the same state.
#![no_main]

use disputa::storage::codec::{decode, decode_utf16, encode, Load, MainKey};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(decode(Some(text)));
    }
    let units: Vec<u16> = data
        .chunks_exact(2)
        .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
        .collect();
    check(decode_utf16(Some(&units)));
});

fn check(load: Load) {
    match &load {
        Load::Empty => panic!("stored text never decodes as nothing stored"),
        Load::Damaged { problems, .. } => {
            assert!(!problems.is_empty(), "damaged data names its problems");
            assert_eq!(load.main_key(), MainKey::LeaveUntouched);
        }
        Load::Newer { .. } => assert_eq!(load.main_key(), MainKey::LeaveUntouched),
        Load::Ready { state, .. } => {
            assert_eq!(load.main_key(), MainKey::Write);
            match decode(Some(&encode(state))) {
                Load::Ready {
                    state: again,
                    migrated_from: None,
                } => assert_eq!(&again, state),
                other => panic!("a saved state must read back: {other:?}"),
            }
        }
    }
}
