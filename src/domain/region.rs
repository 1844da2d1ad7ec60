//! Inner Mongolia's leagues and cities (administrative division codes) and "in region".
