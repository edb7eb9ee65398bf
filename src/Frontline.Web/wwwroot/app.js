// htmx sends the antiforgery token that the layout renders, so fragment posts are protected too.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('input[name="__RequestVerificationToken"]');
  if (token) { event.detail.headers['RequestVerificationToken'] = token.value; }
});
