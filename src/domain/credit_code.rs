//! 统一社会信用代码 (GB 32100-2015): charset, structure and check character.
