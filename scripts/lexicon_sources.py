"""What the scripts that make lexicons from data share (make-gazetteer, make-animacy):
GUM's entity annotations (CC BY 4.0, Zeldes 2017) and the Swift list they write."""
import glob
import os
import re
import sys


class Token:
    __slots__ = ("form", "lemma", "upos", "xpos", "head")

    def __init__(self, form, lemma, upos, xpos, head):
        self.form, self.lemma, self.upos, self.xpos, self.head = form, lemma, upos, xpos, head


def files(gum_dir, script):
    """The CoNLL-U files under `gum_dir`, in name order; the script stops if there are none."""
    found = sorted(glob.glob(os.path.join(gum_dir, "*.conllu")))
    if not found:
        sys.exit(f"{script}: no .conllu files in {gum_dir}")
    return found


def tokens(path):
    """A file's tokens with their MISC column's entity annotation, and each token's head as
    an index into the file's tokens (None at a sentence's root)."""
    out, sentence_start = [], 0
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            sentence_start = len(out)
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
            continue
        head = int(cols[6]) if cols[6].isdigit() and cols[6] != "0" else None
        token = Token(cols[1], cols[2], cols[3], cols[4], None if head is None else sentence_start + head - 1)
        out.append((token, next((m[7:] for m in cols[9].split("|") if m.startswith("Entity=")), "")))
    return out


def entity_spans(gum_dir, script):
    """Every entity span of every file under `gum_dir`: (tokens, start, end, kind), where
    `tokens` are the file's tokens, `start..end` (inclusive) the span's and `kind` its
    type (`person`, `place`, `object` …). Spans open `(id-type-…` and close `id)` in the
    MISC column; a one-token span opens and closes in one field."""
    for path in files(gum_dir, script):
        annotated = tokens(path)
        open_spans, spans = {}, []
        for i, (_, entity) in enumerate(annotated):
            for opened, kind, closed in re.findall(r"\((\d+)-([a-z]+)[^()]*|(\d+)\)", entity):
                if opened:
                    open_spans.setdefault(opened, []).append((i, kind))
                elif open_spans.get(closed):
                    start, kind = open_spans[closed].pop()
                    spans.append((start, i, kind))
            for opened in re.findall(r"\((\d+)-[a-z]+[^()]*\)", entity):
                if open_spans.get(opened):
                    start, kind = open_spans[opened].pop()
                    spans.append((start, start, kind))
        plain = [t for t, _ in annotated]
        for start, end, kind in spans:
            yield plain, start, end, kind


def swift_words(words, indent="   ", width=110):
    """Quoted words, comma-separated, wrapped to `width` columns: a Swift list's body."""
    lines, line = [], indent
    for w in words:
        item = ' "' + w.replace('"', '\\"') + '",'
        if len(line) + len(item) > width:
            lines.append(line)
            line = indent
        line += item
    lines.append(line)
    return "\n".join(lines) + "\n"
