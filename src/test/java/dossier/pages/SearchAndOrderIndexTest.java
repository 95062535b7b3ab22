package dossier.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The search indexes what a page says, not the labels, links and buttons around it. */
class SearchAndOrderIndexTest {

    @Test
    void aRecordIsIndexedByItsValuesWithoutFieldLabelsOrSectionHeadings() {
        String html = """
                <html><body><header><form class="site-search"><input name="q"></form></header>
                <main><nav class="breadcrumbs"><a href="/">Home</a></nav><article><h1>Aid to Tajikistan</h1>
                <p class="lede">China delivered $15 million.</p>
                <dl class="facts"><dt>Recipient</dt><dd><a href="/countries/tj/">Tajikistan</a></dd>
                <dt>Period</dt><dd>1993–2008</dd><dt>Form</dt><dd>not given</dd></dl>
                <p class="note"><strong>Note:</strong> The period overlaps another record.</p>
                <section class="sources"><h2>Sources</h2><ol><li><a href="/sources/a/">China Brief</a>, paragraph 2
                (<a class="passage" href="https://example.org/#:~:text=x">passage</a>)</li></ol></section>
                <section class="backlinks"><h2>Linked from</h2><h3>Charts</h3><ul><li><a href="/c/">Aid by year</a></li></ul></section>
                <nav class="pager"><a rel="next" href="/n/">Next</a></nav></article>
                <section class="cite"><h2>Cite this page</h2><p class="cite-note">Download the reference</p></section></main>
                <footer>Licence</footer></body></html>""";
        assertEquals("China delivered $15 million. Tajikistan · 1993–2008 · The period overlaps another record. "
                + "China Brief, paragraph 2 · Aid by year", SearchIndex.document("/aid/tj/", "Aid", "Aid", html).text());
    }

    @Test
    void aCollectionIsIndexedByItsRowsWithoutHeadingsCaptionOrDownloadLinks() {
        String html = """
                <main><h1>Sources</h1><p class="lede">Every work cited.</p>
                <p class="downloads">Download this collection: <a href="/data/s.csv" download>CSV</a> ·
                <a href="/data/s.json" download>JSON</a></p>
                <table class="records sortable"><caption>2 records; sort by a column</caption>
                <thead><tr><th>Title</th><th>Date</th></tr></thead>
                <tbody><tr><th><a href="/s/a/">Atyrau</a></th><td data-sort="2009-01-26">January 26, 2009</td></tr></tbody>
                </table></main>""";
        assertEquals("Every work cited. Atyrau January 26, 2009", SearchIndex.document("/s/", "Sources", "Collection", html).text());
    }

    @Test
    void anEssayKeepsItsHeadingsAndFootnotesWithoutTheirNumbersAndBackLinks() {
        String html = """
                <main><article><h1>Joint exercises</h1><h2 id="a">From bilateral to multilateral</h2>
                <p>First held in 2002.<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup></p>
                <div class="footnotes"><ol><li id="fn-1"><p>China Brief, 2010.</p>
                <a href="#fnref-1" class="footnote-backref">↩</a></li></ol></div></article></main>""";
        assertEquals("From bilateral to multilateral First held in 2002. China Brief, 2010.",
                SearchIndex.document("/a/", "Joint exercises", "Page", html).text());
    }
}
