"""tyokyky_qda.nlp"""
