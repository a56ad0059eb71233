"""tyokyky_qda.team"""
