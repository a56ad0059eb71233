"""tyokyky_qda.refi"""
