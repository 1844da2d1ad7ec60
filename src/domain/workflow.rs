//! The transition graph of 第九条 and its side exits, and the guard of every move.
