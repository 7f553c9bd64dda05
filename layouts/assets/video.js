// Click-to-play video facades (layouts/partials/video-player.njk). The page shows the poster and a
// link to the video at its provider; here the link becomes a button, and the provider's player
// (src/video-providers.ts) loads only when the reader clicks it: no request reaches YouTube or Vimeo before.
for (const facade of document.querySelectorAll("[data-video-facade]")) {
  const link = facade.querySelector("[data-video-link]");
  const button = facade.querySelector("[data-video-play]");
  if (!link || !button) continue;
  button.addEventListener("click", () => {
    const frame = document.createElement("iframe");
    frame.className = "video__player";
    frame.src = facade.dataset.embedSrc;
    frame.title = facade.dataset.embedTitle;
    frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    facade.replaceChildren(frame);
    // The button is gone: keep the keyboard where the reader was.
    frame.focus();
  }, { once: true });
  link.hidden = true;
  button.hidden = false;
}
