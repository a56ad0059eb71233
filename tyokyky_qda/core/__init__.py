"""Domain types, offsets and codebook trees: pure Python, no I/O beyond reading resources."""
