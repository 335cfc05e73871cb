import newsdeck


def test_public_api():
    assert newsdeck.__all__ == ["Article", "InputError", "Paragraph", "Quote", "Speaker", "parse"]
    for name in newsdeck.__all__:
        assert hasattr(newsdeck, name)
