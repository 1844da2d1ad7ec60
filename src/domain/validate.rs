//! Field validation with specific messages: mobile numbers, email, dates, text limits
//! counted in characters, credit codes.
