"""tyokyky_qda.demo"""
