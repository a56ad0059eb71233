"""Names sorted as people read them."""


def test_natural_key_reads_numbers_as_numbers():
    from tyokyky_qda.core.sorting import natural_key

    names = ["[Henkilö 10]", "H10", "[Henkilö 2]", "h2", "Vastaaja R001", "10 alku", "9 alku"]
    assert sorted(names, key=natural_key) == ["9 alku", "10 alku", "[Henkilö 2]", "[Henkilö 10]", "h2", "H10",
                                              "Vastaaja R001"]
