"""tyokyky_qda.analysis"""
