# make install [PREFIX=/usr/local] [DESTDIR=]: release build with the Swift runtime linked
# statically, installed with its completions and man pages (see Scripts/install.sh).
# make deb: the Debian package (Scripts/build-deb.sh). make bench / make bench-quick.
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: install deb bench bench-quick

install:
	Scripts/install.sh --prefix "$(PREFIX)" $(if $(DESTDIR),--destdir "$(DESTDIR)")

deb:
	Scripts/build-deb.sh

bench:
	python3 Benchmarks/run.py

bench-quick:
	python3 Benchmarks/run.py --quick
