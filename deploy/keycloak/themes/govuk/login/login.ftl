<#-- Signing in with a username and password, as a GOV.UK form: labels, the error beside the field it is about, one
     button, and the pages in their natural tab order. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password'); section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
        <#assign failed = messagesPerField.existsError('username','password')>
        <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
            <#if !usernameHidden??>
            <div class="govuk-form-group<#if failed> govuk-form-group--error</#if>">
                <label class="govuk-label govuk-label--s" for="username">${msg("username")}</label>
                <#if failed><p id="username-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</p></#if>
                <input class="govuk-input<#if failed> govuk-input--error</#if>" id="username" name="username" type="text"
                       value="${(login.username!'')}" autocomplete="username" spellcheck="false" autofocus
                       <#if failed>aria-invalid="true" aria-describedby="username-error"</#if>>
            </div>
            </#if>
            <div class="govuk-form-group<#if failed> govuk-form-group--error</#if>">
                <label class="govuk-label govuk-label--s" for="password">${msg("password")}</label>
                <input class="govuk-input<#if failed> govuk-input--error</#if>" id="password" name="password" type="password"
                       autocomplete="current-password" <#if failed>aria-invalid="true"</#if>>
            </div>
            <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>>
            <button class="govuk-button" data-module="govuk-button" id="kc-login" name="login" type="submit">${msg("doLogIn")}</button>
            <#if realm.resetPasswordAllowed>
            <p class="govuk-body"><a class="govuk-link" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
            </#if>
        </form>
        </#if>
    </#if>
</@layout.registrationLayout>
