"""tyokyky_qda.pseudo"""
