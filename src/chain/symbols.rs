//! The subnet token symbols of spec 425 (`SYMBOLS` in the chain's `subnets/symbols.rs`), in
//! the chain's order: index 0 is the root's `Τ` (the default symbol), then one per netuid for
//! new subnets. `update_symbol` accepts only a symbol from index 1 on (`SymbolDoesNotExist`),
//! and only one no other subnet holds in `TokenSymbol` (`SymbolAlreadyInUse`).

/// Every symbol, as UTF-8 text, in the chain's order (439 entries; index 19 is a Latin `t`).
pub const SYMBOLS: [&str; 439] = [
    "Τ", "α", "β", "γ", "δ", "ε", "ζ", "η", "θ", "ι", "κ", "λ", "μ", "ν", "ξ", "ο", "π", "ρ", "σ",
    "t", "υ", "φ", "χ", "ψ", "ω", "א", "ב", "ג", "ד", "ה", "ו", "ז", "ח", "ט", "י", "ך", "כ", "ל",
    "ם", "מ", "ן", "נ", "ס", "ע", "ף", "פ", "ץ", "צ", "ק", "ר", "ש", "ת", "ا", "ب", "ت", "ث", "ج",
    "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م",
    "ن", "ه", "و", "ي", "ى", "ᚠ", "ᚢ", "ᚦ", "ᚨ", "ᚱ", "ᚳ", "Ы", "ᛉ", "ᛒ", " ", "ᚁ", "ᚂ", "ᚃ", "ᚄ",
    "ᚅ", "᚛", "ა", "ბ", "გ", "დ", "ე", "ვ", "Ա", "Բ", "Գ", "Դ", "Ե", "Զ", "՞", "Ѐ", "Ё", "Ђ", "Ѓ",
    "Є", "Ѕ", "ъ", "Ⲁ", "ⲁ", "Ⲃ", "ⲃ", "Ⲅ", "ⲅ", "𑀀", "𑀁", "𑀂", "𑀃", "𑀅", "න", "ඳ", "ප", "ඵ", "බ",
    "භ", "Ⰰ", "Ⰱ", "Ⰲ", "Ⰳ", "Ⰴ", "Ⰵ", "Ⰶ", "Ⰷ", "Ⰸ", "Ⰹ", "Ⰺ", "Ⰻ", "Ⰼ", "Ⰽ", "Ⰾ", "Ⰿ", "Ⱀ", "Ⱁ",
    "Ⱂ", "Ⱃ", "Ⱄ", "Ⱅ", "Ⱆ", "Ⱇ", "Ⱈ", "Ⱉ", "Ⱊ", "Ⱋ", "Ⱌ", "Ⱍ", "Ⱎ", "Ⱏ", "Ⱐ", "ก", "ข", "ฃ", "ค",
    "ฅ", "ฆ", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ", "ฎ", "ฏ", "ฐ", "ฑ", "ฒ", "ณ", "ด", "ต", "ถ", "ท",
    "ธ", "น", "บ", "ป", "ผ", "ฝ", "พ", "ฟ", "ภ", "ม", "ย", "ร", "ล", "ว", "ศ", "ษ", "ส", "ห", "ฬ",
    "อ", "ฮ", "ㄱ", "ㄴ", "ㄷ", "ㄹ", "ㅁ", "ㅂ", "ㅅ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
    "ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅘ", "ㅙ", "ㅚ", "ㅛ", "ㅜ", "ㅝ", "ㅞ",
    "ㅟ", "ㅠ", "ㅡ", "ㅢ", "ㅣ", "አ", "ኡ", "ኢ", "ኣ", "ኤ", "እ", "ኦ", "ኧ", "ወ", "ዉ", "ዊ", "ዋ", "ዌ",
    "ው", "ዎ", "ኰ", "኱", "ኲ", "ኳ", "ኴ", "ኵ", "኶", "ጐ", "጑", "ጒ", "መ", "ጔ", "ጕ", "጖", "अ", "आ", "इ",
    "ई", "उ", "ऊ", "ऋ", "ए", "ऐ", "ओ", "औ", "क", "ख", "ग", "घ", "ङ", "च", "छ", "ज", "झ", "ञ", "ट",
    "ठ", "ड", "ढ", "ण", "त", "थ", "द", "ध", "न", "प", "फ", "ब", "भ", "म", "य", "र", "ल", "व", "श",
    "ष", "स", "ह", "ア", "イ", "ウ", "エ", "オ", "カ", "キ", "ク", "ケ", "コ", "サ", "シ", "ス",
    "セ", "ソ", "タ", "チ", "ツ", "テ", "ト", "ナ", "ニ", "ヌ", "ネ", "ノ", "ハ", "ヒ", "フ", "ヘ",
    "ホ", "マ", "ミ", "ム", "メ", "モ", "ヤ", "ユ", "ヨ", "ラ", "リ", "ル", "レ", "ロ", "ワ", "ヲ",
    "ン", "ⴰ", "ⴱ", "ⴲ", "ⴳ", "ⴴ", "ⴵ", "ⴶ", "ⴷ", "ⴸ", "ⴹ", "ⴺ", "ⴻ", "ⴼ", "ⴽ", "ⴾ", "ⴿ", "ⵀ", "ⵁ",
    "ⵂ", "ⵃ", "ⵄ", "ⵅ", "ⵆ", "ⵇ", "ⵈ", "ⵉ", "ⵊ", "ⵋ", "ⵌ", "ⵍ", "ⵎ", "ⵏ", "ⵐ", "ⵑ", "ⵒ", "ⵓ", "අ",
    "ආ", "ඉ", "ඊ", "උ", "ඌ", "ඍ", "ඎ", "ඏ", "ඐ", "එ", "ඒ", "ඓ", "ඔ", "ඕ", "ඖ", "ක", "ඛ", "ග", "ඝ",
    "ඞ", "ච", "ඡ", "ජ", "ඣ", "ඤ", "ට", "ඥ", "ඦ", "ඩ", "ඨ", "ඪ", "ණ", "ඬ", "ත", "ථ", "ද", "ධ",
];

/// The root's and the fallback symbol, `Τ` (U+03A4).
pub const DEFAULT_SYMBOL: &str = SYMBOLS[0];

/// Whether `update_symbol` accepts the symbol: any entry after the root's.
pub fn settable(symbol: &str) -> bool {
    SYMBOLS[1..].contains(&symbol)
}

/// The chain's default symbol for a netuid (`get_symbol_for_subnet`).
pub fn for_netuid(netuid: u16) -> &'static str {
    SYMBOLS
        .get(usize::from(netuid))
        .copied()
        .unwrap_or(DEFAULT_SYMBOL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_the_chains() {
        assert_eq!(SYMBOLS.len(), 439);
        let mut sorted = SYMBOLS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 439, "no symbol twice");
        assert_eq!(SYMBOLS[0].as_bytes(), b"\xCE\xA4");
        assert_eq!(SYMBOLS[1], "\u{3b1}");
        assert_eq!(SYMBOLS[19], "t");
        assert_eq!(SYMBOLS[25], "\u{5d0}");
        assert_eq!(for_netuid(2), "\u{3b2}");
        assert_eq!(for_netuid(9999), DEFAULT_SYMBOL);
        assert!(settable("\u{3b3}"));
        assert!(
            !settable(DEFAULT_SYMBOL),
            "the root's symbol is not settable"
        );
        assert!(!settable("ABC"));
    }
}
