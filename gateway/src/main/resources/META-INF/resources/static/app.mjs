// GOV.UK Frontend's components (error summary focus, details, radios, header menu) once the page has loaded.
import { initAll } from '/assets/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
