//! Tests of rounds as saved, their answers and closing.
