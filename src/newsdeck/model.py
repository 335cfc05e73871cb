"""The article model: frozen dataclasses and their JSON form. No I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

SPEECH = "speech"
TERM = "term"


@dataclass(frozen=True)
class Quote:
    """A quotation: `text` is exactly `paragraph.text[start:end]`."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    kind: str = SPEECH

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Quote:
        return cls(data["text"], data["start"], data["end"], data.get("speaker"), data.get("kind", SPEECH))


@dataclass(frozen=True)
class Paragraph:
    text: str
    quotes: tuple[Quote, ...] = ()

    def to_dict(self) -> dict:
        return {"text": self.text, "quotes": [q.to_dict() for q in self.quotes]}

    @classmethod
    def from_dict(cls, data: dict) -> Paragraph:
        return cls(data["text"], tuple(Quote.from_dict(q) for q in data.get("quotes", [])))


@dataclass(frozen=True)
class Speaker:
    name: str
    quotes: int

    def to_dict(self) -> dict:
        return {"name": self.name, "quotes": self.quotes}


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[str, ...] = ()
    header: tuple[tuple[str, str], ...] = field(default=())
    language: str = "en"  # ISO 639-1, from a Language: header or the text

    @property
    def quotes(self) -> list[Quote]:
        return [q for p in self.paragraphs for q in p.quotes]

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Speakers of speech quotes, in order of first quote, with their quote counts."""
        counts: dict[str, int] = {}
        for quote in self.quotes:
            if quote.kind == SPEECH and quote.speaker:
                counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
        return tuple(Speaker(name, n) for name, n in counts.items())

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "language": self.language,
            "header": dict(self.header),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "removed": list(self.removed),
            "speakers": [s.to_dict() for s in self.speakers],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Article:
        return cls(
            title=data["title"],
            paragraphs=tuple(Paragraph.from_dict(p) for p in data["paragraphs"]),
            removed=tuple(data.get("removed", ())),
            header=tuple(data.get("header", {}).items()),
            language=data.get("language", "en"),
        )
