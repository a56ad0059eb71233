"""REFI-QDA exchange: .qdpx projects and .qdc codebooks with ATLAS.ti, MAXQDA, NVivo, QualCoder."""
