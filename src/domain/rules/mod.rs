//! The rules of the implementation measures, one file per article group. Every guard is a
//! pure function returning the unmet conditions, each citing its article.
