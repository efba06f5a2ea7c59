// GOV.UK Frontend's components (error summary focus, details, radios, header menu) once the page has loaded.
import { initAll } from '/assets/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// After htmx puts a new row in place of the old one, focus moves to it (or to its error message): the button pressed
// went with the old row, and keyboard and screen-reader users are then where the change is, and hear it.
document.body.addEventListener('htmx:afterSettle', (event) => {
  const id = event.detail.target && event.detail.target.id
  const updated = id && document.getElementById(id)
  if (!updated) return
  const focus = updated.querySelector('.govuk-error-message') || updated
  if (!focus.hasAttribute('tabindex')) focus.setAttribute('tabindex', '-1')
  focus.focus()
})
