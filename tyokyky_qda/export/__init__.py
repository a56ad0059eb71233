"""tyokyky_qda.export"""
