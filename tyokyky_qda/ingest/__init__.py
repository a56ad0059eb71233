"""tyokyky_qda.ingest"""
