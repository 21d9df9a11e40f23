filedesc://test.arc 0.0.0.0 20250302080000 text/plain 72
1 0 sitrep-test
URL IP-address Archive-date Content-type Archive-length

https://news.example/arc 192.0.2.1 20250302080000 text/html 922
HTTP/1.1 200 OK
Content-Type: text/html
Content-Length: 857

<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kenya sends more police to Haiti | Example News</title>
<meta property="article:published_time" content="2025-01-18T10:00:00Z"><meta name="author" content="Jane Doe"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kenya sends more police to Haiti</h1><p class="byline">By Jane Doe</p>
<p>About 200 more Kenyan police officers arrived in Port-au-Prince on Saturday, officials said.</p>
<p>&ldquo;We are ready,&rdquo; said the commander, Godfrey Otunge. The mission &amp; its partners <b>expect</b> more.</p>
<figure><img src="a.jpg"><figcaption>Officers at the airport.</figcaption></figure>
<div><div><div><p>ALSO READ: <a href="/x">Another story</a></p></div></div></div></article>
<footer>&copy; 2025 Example News. Share on X.</footer></body></html>

