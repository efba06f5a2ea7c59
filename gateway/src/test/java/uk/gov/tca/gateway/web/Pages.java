package uk.gov.tca.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages as a browser gets them: read as HTML documents, and forms posted the way the browser posts them,
 * with the CSRF cookie the page set and the hidden field the form carries (without them a post is refused).
 */
public final class Pages {

    private Pages() {
    }

    /** A page that must answer with this status, as a document. */
    public static Document get(String path, int status) {
        return html(given().redirects().follow(false).get(path).then().statusCode(status).extract().response());
    }

    public static Document get(String path) {
        return get(path, 200);
    }

    public static Document html(Response response) {
        assertThat(response.contentType()).as("a page").startsWith("text/html");
        return Jsoup.parse(response.body().asString());
    }

    /** A post of the form the page at {@code path} shows, as its own CSRF token allows. */
    public static RequestSpecification formOn(String path) {
        Response page = given().get(path).then().statusCode(200).extract().response();
        Element token = Jsoup.parse(page.body().asString()).selectFirst("form input[type=hidden][name^=csrf]");
        assertThat(token).as("the form's CSRF field").isNotNull();
        assertThat(page.cookie(token.attr("name"))).as("the CSRF cookie").isNotNull();
        return given().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .cookie(token.attr("name"), page.cookie(token.attr("name")))
                .formParam(token.attr("name"), token.val());
    }

    /** A table row, as htmx swaps it in: parsed inside a table, where a row belongs. */
    public static Element row(Response response) {
        assertThat(response.contentType()).as("a page").startsWith("text/html");
        String body = response.body().asString();
        assertThat(body.strip()).as("a row alone").startsWith("<tr").endsWith("</tr>");
        return Jsoup.parse("<table><tbody>" + body + "</tbody></table>").selectFirst("tr");
    }

    /** The same post as htmx sends it. */
    public static RequestSpecification htmxFormOn(String path) {
        return formOn(path).header("HX-Request", "true");
    }

    /** The text of the one element the selector finds: a missing element fails the test rather than reading "". */
    public static String text(Document page, String selector) {
        Element element = page.selectFirst(selector);
        assertThat(element).as("an element %s in the page", selector).isNotNull();
        return element.text();
    }
}
